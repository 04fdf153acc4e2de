import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogDeltaResponse, CatalogResponse } from '../../../shared/api/catalog-api';
import type { ErrorBody } from '../../../shared/api/errors';
import type { Geography } from '../../../shared/model/geography';
import { loadShippedCatalog } from '../../../sync-server/catalog/shipped-catalog';
import { generateScaleCatalog } from '../../fixtures/scale-catalog';
import { startTestServer, type TestServer } from '../../helpers/test-server';

const TELUGU = /[\u0C00-\u0C7F]/;

describe('catalog and geography API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('serves at least 30 departments and 200 services, each named in English and Telugu, each with a form', async () => {
    const response = await server.call<CatalogResponse>('GET', '/api/catalog');
    expect(response.status).toBe(200);
    expect(response.body.rev).toBe(1);
    expect(response.body.departments.length).toBeGreaterThanOrEqual(30);
    const services = response.body.departments.flatMap((d) => d.services);
    expect(services.length).toBeGreaterThanOrEqual(200);
    for (const department of response.body.departments) {
      expect(department.name.en).not.toBe('');
      expect(department.name.te).toMatch(TELUGU);
    }
    for (const service of services) {
      expect(service.name.en).not.toBe('');
      expect(service.name.te, service.id).toMatch(TELUGU);
      expect(Array.isArray(service.fields)).toBe(true);
      expect(typeof service.slaDays).toBe('number');
      expect(typeof service.feeInr).toBe('number');
    }
    expect(services.filter((s) => s.fields.length > 0).length).toBeGreaterThanOrEqual(200);
  });

  it('when the client already has this rev, then it answers 304 with no body', async () => {
    const first = await server.call('GET', '/api/catalog');
    const etag = first.headers.get('etag');
    expect(etag).toBe('"catalog-1"');
    const again = await server.call('GET', '/api/catalog', { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(again.body).toBeUndefined();
  });

  it('compresses the catalog for slow links', async () => {
    const response = await fetch(`${server.url}/api/catalog`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    await response.arrayBuffer();
  });

  it('when a new rev is published, then since=<old rev> returns only what changed', async () => {
    const fresh = await startTestServer();
    try {
      const content = loadShippedCatalog();
      const [firstDepartment, ...rest] = content.departments;
      if (!firstDepartment) throw new Error('empty catalog');
      const [firstService, ...otherServices] = firstDepartment.services;
      if (!firstService) throw new Error('empty department');
      const changed = {
        departments: [
          { ...firstDepartment, services: [{ ...firstService, feeInr: firstService.feeInr + 10 }, ...otherServices] },
          ...rest,
        ],
      };
      await fresh.store.publishCatalog(changed, new Date().toISOString());

      const delta = await fresh.call<CatalogDeltaResponse>('GET', '/api/catalog?since=1');
      expect(delta.status).toBe(200);
      expect(delta.body.rev).toBe(2);
      expect(delta.body.departments).toHaveLength(1);
      expect(delta.body.departments[0]?.services.map((s) => s.id)).toEqual([firstService.id]);
      expect(delta.body.removedServiceIds).toEqual([]);

      const none = await fresh.call<CatalogDeltaResponse>('GET', '/api/catalog?since=2');
      expect(none.body.departments).toEqual([]);
      const latest = await fresh.call<CatalogResponse>('GET', '/api/catalog');
      expect(latest.body.rev).toBe(2);
      const old = await fresh.store.getCatalog(1);
      expect(old?.departments[0]?.services[0]?.feeInr).toBe(firstService.feeInr);
    } finally {
      await fresh.close();
    }
  });

  it('answers 400 for a malformed or unpublished since', async () => {
    const malformed = await server.call<ErrorBody>('GET', '/api/catalog?since=yesterday');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('bad_request');
    const future = await server.call<ErrorBody>('GET', '/api/catalog?since=42');
    expect(future.status).toBe(400);
    expect(future.body.error.code).toBe('unknown_catalog_rev');
  });

  it('serves the 26 districts with mandals and secretariats, with an ETag', async () => {
    const response = await server.call<Geography>('GET', '/api/geography');
    expect(response.status).toBe(200);
    expect(response.body.districts).toHaveLength(26);
    expect(response.body.districts.every((d) => d.mandals.every((m) => m.secretariats.length > 0))).toBe(true);
    const again = await server.call('GET', '/api/geography', {
      headers: { 'if-none-match': response.headers.get('etag') ?? '' },
    });
    expect(again.status).toBe(304);
  });
});

describe('every failure has the one error body', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('answers an unknown route with 404 and the error body', async () => {
    const response = await server.call<ErrorBody>('GET', '/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });

  it('answers an oversized body with 413 and the error body', async () => {
    const response = await server.call<ErrorBody>('POST', '/api/requests', {
      rawBody: JSON.stringify({ padding: 'x'.repeat(1_100_000) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('payload_too_large');
  });

  it('reports health and readiness', async () => {
    expect((await server.call('GET', '/healthz')).body).toEqual({ status: 'ok' });
    expect((await server.call('GET', '/readyz')).body).toEqual({ status: 'ready', engine: 'sqlite', catalogRev: 1 });
  });
});

describe('catalog at state scale', () => {
  it('serves a 36-department, 1,000-service catalog and its delta', async () => {
    const scale = generateScaleCatalog();
    const server = await startTestServer({ catalog: scale });
    try {
      const response = await server.call<CatalogResponse>('GET', '/api/catalog');
      expect(response.status).toBe(200);
      expect(response.body.departments).toHaveLength(36);
      expect(response.body.departments.flatMap((d) => d.services).length).toBeGreaterThanOrEqual(1000);
      const delta = await server.call<CatalogDeltaResponse>('GET', '/api/catalog?since=0');
      expect(delta.body.departments.flatMap((d) => d.services).length).toBe(
        response.body.departments.flatMap((d) => d.services).length,
      );
    } finally {
      await server.close();
    }
  });
});
