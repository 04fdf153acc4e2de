import { describe, expect, it } from 'vitest';
import { CertificateClaimsSchema } from '../../shared/certificate';
import { loadShippedCatalog } from '../catalog/shipped-catalog';
import { issuingRule } from './document-types';

const services = loadShippedCatalog().departments.flatMap((d) => d.services);

describe('which services Seva issues certificates for', () => {
  it('every certificate service with a holder gets a document type the QR claims accept', () => {
    const issued = services.flatMap((service) => {
      const rule = issuingRule(service);
      return rule ? [{ service, rule }] : [];
    });
    expect(issued.length).toBeGreaterThan(25);
    for (const { rule } of issued) {
      const claims = {
        schemaVersion: 1,
        documentType: rule.type,
        certificateNumber: `${rule.series}-2026-00001`,
        name: 'Lakshmi',
        officeCode: 'GNT-01-001',
        statusListId: 'AP-REV-1',
        statusIndex: 1,
      };
      expect([rule.type, CertificateClaimsSchema.safeParse(claims).success]).toEqual([rule.type, true]);
    }
  });

  it('downloads of documents kept elsewhere, and services that are not certificates, are left to the office', () => {
    const byId = new Map(services.map((s) => [s.id, s]));
    for (const id of [
      'schedu.ssc-hall-ticket',
      'trans.digital-dl-rc',
      'gsws.certificate-print',
      'rev.land-mutation-passbook',
    ]) {
      const service = byId.get(id);
      expect(service, id).toBeDefined();
      if (service) expect([id, issuingRule(service)]).toEqual([id, undefined]);
    }
  });
});
