import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../bot/conversation';
import type { Service } from '../../../shared/model/service';
import { loadShippedCatalog } from '../../../sync-server/catalog/shipped-catalog';
import { loadShippedGeography } from '../../../sync-server/geography/shipped-geography';
import {
  answerQuestions,
  chooseLanguage,
  choosePlace,
  confirmApplication,
  INCOME_ANSWERS,
  placeNames,
  startApplication,
  textOf,
} from '../../helpers/whatsapp-apply';
import { WhatsAppCitizen } from '../../helpers/whatsapp-citizen';
import { removeDataDir, startWhatsAppServer, waitFor, type WhatsAppServer } from '../../helpers/whatsapp-server';

const en = MESSAGES.en;
const WARD = 'GNT-01-001';
const income = loadShippedCatalog()
  .departments.flatMap((department) => department.services)
  .find((service) => service.id === 'rev.income-certificate') as Service;

/** Rows in the bot's tables that still name the citizen, by table. */
function botRowsOf(server: WhatsAppServer, phone: string): Record<string, number> {
  const db = new BetterSqlite3(join(server.dataDir, 'seva.db'), { readonly: true, fileMustExist: true });
  try {
    const count = (query: string) => (db.prepare(query).get(phone) as { n: number }).n;
    const like = `%${phone}%`;
    return {
      wa_citizens: count('select count(*) as n from wa_citizens where citizen_id = ?'),
      wa_inbound: count('select count(*) as n from wa_inbound where citizen_id = ?'),
      wa_outbound: count('select count(*) as n from wa_outbound where citizen_id = ?'),
      wa_statuses: count('select count(*) as n from wa_statuses where recipient_id = ?'),
      mentions: (
        db
          .prepare(
            `select (select count(*) from wa_inbound where event like ?) + (select count(*) from wa_outbound where message like ?) +
              (select count(*) from wa_citizens where session like ?) as n`,
          )
          .get(like, like, like) as { n: number }
      ).n,
    };
  } finally {
    db.close();
  }
}

describe('ERASE on WhatsApp, through the real server process (SQLite, simulator mode)', () => {
  let server: WhatsAppServer;

  beforeAll(async () => {
    server = await startWhatsAppServer();
  });

  afterAll(async () => {
    await server?.stop();
    if (server) removeDataDir(server.dataDir);
  });

  it('when a citizen who applied erases their data, then only the confirmation comes, the bot forgets them and the application stays without their number', async () => {
    const phone = `9177${String(Date.now() % 1_000_000).padStart(6, '0')}01`;
    const citizen = new WhatsAppCitizen(() => server, phone, 'Lakshmi');
    await chooseLanguage(citizen, 'en');
    await startApplication(citizen, 'en', 'income certificate', income);
    const asked = await choosePlace(citizen, placeNames(loadShippedGeography(), WARD, 'en'));
    await answerQuestions(citizen, income, 'en', asked, INCOME_ANSWERS.en);
    const reference = await confirmApplication(citizen, 'en');
    expect((await server.store.getRequestByReference(reference))?.contact?.whatsappId).toBe(phone);

    await citizen.text('ERASE');
    expect(citizen.lastText()).toContain('Erase what this WhatsApp service holds about you');
    const confirmed = await citizen.tap(en.buttons.yesErase);
    expect(textOf(confirmed)).toContain(en.erase.done);
    const receivedBefore = citizen.received.length;

    await waitFor('the bot to forget the citizen', () => {
      const rows = botRowsOf(server, phone);
      return Object.values(rows).every((n) => n === 0) ? rows : undefined;
    });
    const request = await server.store.getRequestByReference(reference);
    expect(request?.status).toBeDefined();
    expect(request?.contact).toBeUndefined();
    expect(JSON.stringify(request)).not.toContain(phone);
    expect(await server.store.listRequestsByCitizen(phone, 10)).toEqual([]);
    expect(citizen.received.length).toBe(receivedBefore);

    const again = await citizen.text('Hi');
    expect(textOf(again)).not.toContain(en.erase.done);
    await citizen.tap('English');
    await startApplication(citizen, 'en', 'income certificate', income);
    expect(
      citizen.received.some((sent, index) => index > receivedBefore && textOf([sent]).includes('*Your rights:*')),
    ).toBe(true);
  });
});
