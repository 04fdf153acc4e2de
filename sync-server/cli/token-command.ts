import { parseArgs } from 'node:util';
import { TokenRoleSchema, type TokenRole } from '../../shared/model/role';
import { issueToken, type TokenGrant } from '../auth/tokens';
import { loadShippedCatalog } from '../catalog/shipped-catalog';
import { loadConfig } from '../config';
import { indexGeography, loadShippedGeography } from '../geography/shipped-geography';
import { openStore } from '../store/open-store';
import type { Store } from '../store/store';

type MakeUsageError = (message: string) => Error;

/** `seva token create|revoke|list`, against the same DATA_DIR / DATABASE_URL as the server. */
export async function tokenCommand(args: string[], usage: MakeUsageError): Promise<void> {
  const [action, ...rest] = args;
  const run = tokenActions.get(action ?? '');
  if (!run) throw usage(action ? `unknown token action "${action}"` : 'token needs an action: create, revoke or list');
  const config = loadConfig(process.env);
  const store = await openStore({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    await run(store, rest, usage);
  } finally {
    await store.close();
  }
}

type TokenAction = (store: Store, args: string[], usage: MakeUsageError) => Promise<void>;
const tokenActions = new Map<string, TokenAction>([
  ['create', create],
  ['revoke', revoke],
  ['list', list],
]);

async function create(store: Store, args: string[], usage: MakeUsageError): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        role: { type: 'string' },
        name: { type: 'string' },
        secretariat: { type: 'string' },
        department: { type: 'string' },
        district: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw usage(error instanceof Error ? error.message : String(error));
  }
  const role = TokenRoleSchema.safeParse(values.role);
  if (!role.success) throw usage(`--role must be one of agent, officer, kiosk, admin`);
  const name = values.name?.trim();
  if (!name) throw usage('--name is required: who will hold this token?');
  const grant = await checkedGrant(store, role.data, name, values, usage);
  const { record, token } = await issueToken(store, grant, new Date());
  const where = [
    record.secretariatCode && `secretariat ${record.secretariatCode}`,
    record.departmentCode && `department ${record.departmentCode}`,
    record.districtCode && `district ${record.districtCode}`,
  ]
    .filter(Boolean)
    .join(', ');
  console.log(`Created ${record.role} token ${record.id} for "${record.name}"${where ? ` (${where})` : ''}.`);
  console.log('It is shown only this once; revoke it with: npx seva token revoke ' + record.id);
  console.log(token);
}

/** Checks that the jurisdiction a role needs is given and exists. */
async function checkedGrant(
  store: Store,
  role: TokenRole,
  name: string,
  values: { secretariat?: string | undefined; department?: string | undefined; district?: string | undefined },
  usage: MakeUsageError,
): Promise<TokenGrant> {
  const places = indexGeography(loadShippedGeography());
  switch (role) {
    case 'agent': {
      if (!values.secretariat) throw usage('an agent token needs --secretariat <code>');
      if (!places.secretariat(values.secretariat)) throw new Error(`there is no secretariat ${values.secretariat}`);
      return { role, name, secretariatCode: values.secretariat };
    }
    case 'officer': {
      if (!values.department || !values.district)
        throw usage('an officer token needs --department <code> and --district <code>');
      if (!places.district(values.district)) throw new Error(`there is no district ${values.district}`);
      const departments = (await store.getCatalog())?.departments ?? loadShippedCatalog().departments;
      if (!departments.some((d) => d.code === values.department)) {
        throw new Error(`there is no department ${values.department} in the catalog`);
      }
      return { role, name, departmentCode: values.department, districtCode: values.district };
    }
    case 'kiosk':
    case 'admin':
      return { role, name };
  }
}

async function revoke(store: Store, args: string[], usage: MakeUsageError): Promise<void> {
  const [id, ...extra] = args;
  if (!id || extra.length > 0) throw usage('token revoke takes exactly one token id');
  if (!(await store.revokeToken(id, new Date().toISOString()))) {
    throw new Error(`no active token ${id} (unknown, or already revoked)`);
  }
  console.log(`Revoked token ${id}.`);
}

async function list(store: Store): Promise<void> {
  for (const token of await store.listTokens()) {
    const scope = token.secretariatCode ?? [token.departmentCode, token.districtCode].filter(Boolean).join('/');
    const state = token.revokedAt ? `revoked ${token.revokedAt}` : 'active';
    console.log(`${token.id}\t${token.role}\t${scope || '-'}\t${state}\t${token.name}`);
  }
}
