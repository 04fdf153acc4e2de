import type { ServiceRow } from './catalog-kit';
import { svc } from './catalog-kit';

/** Every Revenue and Energy service of the shipped catalog, by their real names. */
// One service per line, as a table: id, English name, Telugu name, kind, SLA days, fee, keywords.
// prettier-ignore
export const REVENUE_AND_ENERGY: ServiceRow[] = [
  // REV
  svc('rev.income-certificate', 'Income Certificate', 'ఆదాయ ధ్రువీకరణ పత్రం', 'certificate', 7, 45, ['income', 'aadaya', 'aadayam', 'aadaya pathram']),
  svc('rev.integrated-certificate', 'Integrated Certificate (Caste/Community, Nativity, Date of Birth)', 'కుల ధ్రువీకరణ పత్రం (ఇంటిగ్రేటెడ్ సర్టిఫికెట్)', 'certificate', 30, 45, ['caste certificate', 'kula pathram', 'kula dhruvikarana', 'nativity']),
  svc('rev.obc-certificate', 'OBC Certificate', 'ఓబీసీ ధ్రువీకరణ పత్రం', 'certificate', 30, 45, ['obc', 'other backward classes', 'non creamy layer', 'central obc']),
  svc('rev.ews-certificate', 'EWS (Economically Weaker Section) Certificate', 'ఈడబ్ల్యూఎస్ ధ్రువీకరణ పత్రం', 'certificate', 14, 45, ['ews', 'economically weaker section', '10 percent reservation', 'pedala certificate']),
  svc('rev.no-earning-member-certificate', 'No Earning Member Certificate', 'సంపాదించే సభ్యులు లేరని ధ్రువీకరణ పత్రం', 'certificate', 7, 45, ['no earning member', 'nem certificate', 'sampadinche vallu leru', 'compassionate appointment']),
  svc('rev.residence-certificate', 'Residence Certificate', 'నివాస ధ్రువీకరణ పత్రం', 'certificate', 7, 45, ['residence', 'nivasam', 'nivasa pathram', 'nivasa dhruvikarana']),
  svc('rev.family-member-certificate', 'Family Member Certificate', 'కుటుంబ సభ్యుల ధ్రువీకరణ పత్రం', 'certificate', 7, 45, ['family member certificate', 'kutumba sabhyula pathram', 'family certificate', 'legal heir']),
  svc('rev.agriculture-income-certificate', 'Agriculture Income Certificate', 'వ్యవసాయ ఆదాయ ధ్రువీకరణ పత్రం', 'certificate', 7, 45, ['agriculture income', 'vyavasaya aadayam', 'farm income', 'raithu aadayam']),
  svc('rev.ebc-certificate', 'EBC Certificate', 'ఈబీసీ (ఆర్థికంగా వెనుకబడిన తరగతుల) ధ్రువీకరణ పత్రం', 'certificate', 30, 45, ['ebc', 'economically backward class', 'oc poor', 'fee reimbursement']),
  svc('rev.local-status-certificate', 'Local Status Certificate', 'స్థానికత ధ్రువీకరణ పత్రం', 'certificate', 7, 45, ['local status', 'local candidate', 'sthanikatha', 'non local']),
  svc('rev.adangal-extract', 'Computerised Adangal (Pahani) extract', 'కంప్యూటరైజ్డ్ అడంగల్', 'certificate', 1, 25, ['adangal', 'pahani', 'land record', 'bhoomi record']),
  svc('rev.ror-1b-extract', 'Record of Rights (ROR-1B) extract', '1-బి (రికార్డ్ ఆఫ్ రైట్స్) నకలు', 'certificate', 1, 25, ['1b', 'one b', 'ror', 'record of rights']),
  svc('rev.land-records-on-whatsapp', 'Land records (Adangal/1-B) on WhatsApp', 'భూమి రికార్డులు', 'information', 0, 0, ['land records', 'bhoomi vivaralu', 'meebhoomi', 'adangal whatsapp']),
  svc('rev.adangal-survey-number-addition', 'Addition of survey number in Adangal and 1-B', 'అడంగల్, 1-బి లో సర్వే నంబరు చేర్పు', 'application', 15, 0, ['survey number missing', 'adangal correction', '1b correction', 'survey number cherpu']),
  svc('rev.dotted-lands', 'AP Dotted Lands application', 'ఏపీ చుక్కల భూముల దరఖాస్తు', 'application', 30, 0, ['dotted lands', 'chukkala bhoomulu', 'chukkala bhumi', '22a list']),
  svc('rev.revenue-record-certified-copy', 'Certified copy of revenue record', 'రెవెన్యూ రికార్డు సర్టిఫైడ్ నకలు', 'certificate', 7, 45, ['certified copy', 'revenue record copy', 'nakalu', 'record copy']),
  svc('rev.village-map-copy', 'Copy of village map', 'గ్రామ పటం నకలు', 'certificate', 7, 45, ['village map', 'grama patam', 'village naksha', 'gramam map']),
  svc('rev.land-mutation-passbook', 'Mutation of land record and e-Pattadar Passbook', 'మ్యుటేషన్ మరియు పట్టాదారు పాసు పుస్తకం', 'application', 30, 0, ['mutation', 'pattadar passbook', 'passbook', 'pattadaru pasu pustakam']),
  svc('rev.neeti-teeruva-payment', 'Payment of water tax (neeti teeruva) for agricultural lands', 'వ్యవసాయ భూముల నీటి తీరువా చెల్లింపు', 'payment', 0, 0, ['water tax', 'neeti teeruva', 'neeti pannu', 'irrigation tax']),
  // ENERGY
  svc('energy.electricity-bill-payment', 'Electricity bill payment', 'విద్యుత్ బిల్లు చెల్లింపు', 'payment', 0, 0, ['current bill', 'electricity bill', 'karent bill', 'power bill']),
  svc('energy.power-supply-complaint', 'Power supply complaint registration (1912 / DISCOM WhatsApp)', 'విద్యుత్ సరఫరా ఫిర్యాదు', 'grievance', 1, 0, ['power cut', 'current poyindi', 'no power', '1912']),
  svc('energy.fuse-off-urban', 'Fuse-off call – cities & towns (4 working hours)', 'ఫ్యూజ్ పోయిన ఫిర్యాదు – నగరాలు, పట్టణాలు (4 పని గంటల్లో)', 'grievance', 1, 0, ['fuse off', 'fuse poyindi', 'fuse call', 'no current in house']),
  svc('energy.fuse-off-rural', 'Fuse-off call – rural areas (12 working hours)', 'ఫ్యూజ్ పోయిన ఫిర్యాదు – గ్రామీణ ప్రాంతాలు (12 పని గంటల్లో)', 'grievance', 1, 0, ['fuse off', 'fuse poyindi', 'village current', 'no current in house']),
  svc('energy.line-breakdown-urban', 'Line breakdown – cities & towns (6 hours)', 'లైన్ బ్రేక్‌డౌన్ – నగరాలు, పట్టణాలు (6 గంటల్లో)', 'grievance', 1, 0, ['line breakdown', 'wire cut', 'line tegindi', 'power line down']),
  svc('energy.line-breakdown-rural', 'Line breakdown – rural areas (24 hours)', 'లైన్ బ్రేక్‌డౌన్ – గ్రామీణ ప్రాంతాలు (24 గంటల్లో)', 'grievance', 1, 0, ['line breakdown', 'wire cut', 'line tegindi', 'village line down']),
  svc('energy.street-light-line-fault', 'Street light line fault rectification', 'వీధి దీపాల లైన్ లోపం సరిచేయడం', 'grievance', 1, 0, ['street light line', 'light line fault', 'veedhi deepam line', 'street lights off']),
  svc('energy.street-light-replacement', 'Replacement of fused/defective street light units', 'కాలిపోయిన / చెడిపోయిన వీధి దీపాల మార్పు', 'grievance', 7, 0, ['street light bulb', 'fused light', 'light marchali', 'defective street light']),
  svc('energy.transformer-replacement-urban', 'Failed distribution transformer replacement – cities & towns', 'చెడిపోయిన పంపిణీ ట్రాన్స్‌ఫార్మర్ మార్పు – నగరాలు, పట్టణాలు', 'grievance', 1, 0, ['transformer', 'dtr failed', 'transformer burnt', 'transformer kaalipoyindi']),
  svc('energy.transformer-replacement-rural', 'Failed distribution transformer replacement – rural areas', 'చెడిపోయిన పంపిణీ ట్రాన్స్‌ఫార్మర్ మార్పు – గ్రామీణ ప్రాంతాలు', 'grievance', 2, 0, ['transformer', 'dtr failed', 'motor transformer', 'transformer kaalipoyindi']),
  svc('energy.service-wire-replacement', 'Replacement of damaged service wire', 'దెబ్బతిన్న సర్వీసు వైరు మార్పు', 'grievance', 7, 0, ['service wire', 'wire damaged', 'current wire', 'wire marchali']),
  svc('energy.voltage-complaint', 'Voltage complaint (local problem)', 'వోల్టేజీ ఫిర్యాదు (స్థానిక సమస్య)', 'grievance', 10, 0, ['low voltage', 'high voltage', 'voltage problem', 'current takkuva']),
  svc('energy.new-service-connection', 'New LT/HT service connection', 'కొత్త విద్యుత్ కనెక్షన్', 'application', 30, 0, ['new connection', 'new meter', 'kotha current connection', 'electricity connection']),
  svc('energy.title-transfer', 'LT title transfer (meter name transfer)', 'ఎల్టీ టైటిల్ బదిలీ (మీటర్ పేరు మార్పు)', 'application', 7, 0, ['meter name change', 'title transfer', 'meter peru marpu', 'name transfer']),
  svc('energy.name-correction', 'Name correction on electricity service', 'విద్యుత్ సర్వీసులో పేరు సవరణ', 'application', 7, 0, ['name correction', 'bill name wrong', 'peru savarana', 'meter name spelling']),
  svc('energy.billing-complaint', 'Billing complaint (wrong bill data / ACD / arrears dispute)', 'బిల్లింగ్ ఫిర్యాదు (తప్పు బిల్లు / ఏసీడీ / బకాయిల వివాదం)', 'grievance', 7, 0, ['wrong bill', 'high bill', 'acd charges', 'ekkuva bill']),
  svc('energy.meter-complaint', 'Meter complaint (burnt / fast / slow / stuck / seal cut / lost)', 'మీటర్ ఫిర్యాదు (కాలిపోయిన / వేగంగా / నెమ్మదిగా / ఆగిపోయిన / సీల్ తెగిన / పోయిన మీటర్)', 'grievance', 7, 0, ['meter burnt', 'meter fast', 'meter problem', 'meter kaalipoyindi']),
  svc('energy.shifting-within-premises', 'Shifting of service within premises', 'ఒకే ప్రాంగణంలో సర్వీసు మార్పు (షిఫ్టింగ్)', 'application', 7, 0, ['meter shifting', 'shift meter', 'meter jarupu', 'move meter']),
  svc('energy.shifting-to-other-premises', 'Shifting of service to different premises', 'వేరే ప్రాంగణానికి సర్వీసు మార్పు (షిఫ్టింగ్)', 'application', 15, 0, ['connection shifting', 'move connection', 'meter vere intiki', 'shift service']),
  svc('energy.address-correction', 'Address correction on electricity service', 'విద్యుత్ సర్వీసులో చిరునామా సవరణ', 'application', 7, 0, ['address correction', 'bill address wrong', 'chirunama savarana', 'change address']),
  svc('energy.additional-poles-or-shifting', 'Requirement of additional poles / pole shifting', 'అదనపు స్తంభాల అవసరం / స్తంభం మార్పు', 'application', 30, 0, ['pole shifting', 'new pole', 'current stambham', 'pole in the way']),
  svc('energy.line-or-transformer-shifting', 'Line shift / DTR shift', 'లైన్ మార్పు / ట్రాన్స్‌ఫార్మర్ మార్పు (షిఫ్టింగ్)', 'application', 30, 0, ['line shifting', 'transformer shifting', 'line over house', 'line jarupu']),
  svc('energy.service-termination', 'Termination / permanent dismantle of service', 'సర్వీసు రద్దు / శాశ్వత తొలగింపు', 'application', 7, 0, ['disconnect permanently', 'remove meter', 'connection cancel', 'raddu']),
  svc('energy.temporary-supply', 'Temporary supply (below 10 days)', 'తాత్కాలిక విద్యుత్ సరఫరా (10 రోజుల లోపు)', 'application', 3, 0, ['temporary connection', 'function current', 'pelli current', 'thathkalika']),
  svc('energy.clubbing-of-services', 'Clubbing of services', 'సర్వీసుల విలీనం (క్లబ్బింగ్)', 'application', 15, 0, ['clubbing', 'merge meters', 'combine services', 'vileenam']),
];
