import { options } from './field-kit';

/** Option lists shared by several forms. Values are stable: stored answers refer to them. */

export const GENDERS = options([
  ['male', 'Male', 'పురుషుడు'],
  ['female', 'Female', 'స్త్రీ'],
  ['transgender', 'Transgender', 'ట్రాన్స్‌జెండర్'],
]);

/** The caste categories AP certificates are issued under (BC groups A to E as in the state list). */
export const CASTE_CATEGORIES = options([
  ['oc', 'OC (open category)', 'ఓసీ (ఓపెన్ కేటగిరీ)'],
  ['bc_a', 'BC-A', 'బీసీ-ఎ'],
  ['bc_b', 'BC-B', 'బీసీ-బి'],
  ['bc_c', 'BC-C', 'బీసీ-సి'],
  ['bc_d', 'BC-D', 'బీసీ-డి'],
  ['bc_e', 'BC-E', 'బీసీ-ఇ'],
  ['sc', 'SC', 'ఎస్సీ'],
  ['st', 'ST', 'ఎస్టీ'],
]);

export const RELIGIONS = options([
  ['hindu', 'Hindu', 'హిందూ'],
  ['muslim', 'Muslim', 'ముస్లిం'],
  ['christian', 'Christian', 'క్రైస్తవ'],
  ['sikh', 'Sikh', 'సిక్కు'],
  ['buddhist', 'Buddhist', 'బౌద్ధ'],
  ['jain', 'Jain', 'జైన'],
  ['other', 'Other', 'ఇతర'],
]);

/** How someone is related to the person the request is about. */
export const RELATIONS = options([
  ['self', 'Self', 'స్వయంగా'],
  ['father', 'Father', 'తండ్రి'],
  ['mother', 'Mother', 'తల్లి'],
  ['husband', 'Husband', 'భర్త'],
  ['wife', 'Wife', 'భార్య'],
  ['son', 'Son', 'కుమారుడు'],
  ['daughter', 'Daughter', 'కుమార్తె'],
  ['brother', 'Brother', 'సోదరుడు'],
  ['sister', 'Sister', 'సోదరి'],
  ['grandchild', 'Grandson or granddaughter', 'మనవడు లేదా మనవరాలు'],
  ['other', 'Other', 'ఇతర'],
]);

/** Where a birth or death happened; registration differs for institutional and home events. */
export const EVENT_PLACES = options([
  ['hospital', 'Hospital', 'ఆసుపత్రి'],
  ['home', 'Home', 'ఇల్లు'],
  ['other', 'Other place', 'ఇతర ప్రదేశం'],
]);

/** General grievance categories for PGRS-style petitions. */
export const GRIEVANCE_CATEGORIES = options([
  ['service_not_delivered', 'Service not delivered', 'సేవ అందలేదు'],
  ['delay', 'Delay beyond the promised time', 'గడువు దాటినా పని కాలేదు'],
  ['scheme_benefit', 'Welfare scheme benefit not received', 'సంక్షేమ పథకం లబ్ధి అందలేదు'],
  ['land', 'Land or revenue issue', 'భూమి లేదా రెవెన్యూ సమస్య'],
  ['civic', 'Roads, water, drainage or sanitation', 'రోడ్లు, నీరు, మురుగు లేదా పారిశుద్ధ్యం'],
  ['staff_behaviour', 'Staff behaviour', 'సిబ్బంది ప్రవర్తన'],
  ['corruption', 'Bribe demanded', 'లంచం డిమాండ్'],
  ['other', 'Other', 'ఇతర'],
]);

export const ELECTRICITY_DISCOMS = options([
  ['apepdcl', 'APEPDCL (Eastern: Srikakulam to East Godavari)', 'ఏపీఈపీడీసీఎల్ (తూర్పు ప్రాంత డిస్కం)'],
  ['apcpdcl', 'APCPDCL (Central: Krishna, Guntur, Prakasam)', 'ఏపీసీపీడీసీఎల్ (మధ్య ప్రాంత డిస్కం)'],
  ['apspdcl', 'APSPDCL (Southern: Nellore and Rayalaseema)', 'ఏపీఎస్పీడీసీఎల్ (దక్షిణ ప్రాంత డిస్కం)'],
]);

/** Tariff category of an electricity service (LT categories as DISCOMs name them). */
export const ELECTRICITY_CATEGORIES = options([
  ['domestic', 'Domestic', 'గృహ వినియోగం'],
  ['commercial', 'Commercial', 'వాణిజ్య వినియోగం'],
  ['industrial', 'Industrial', 'పారిశ్రామిక వినియోగం'],
  ['agricultural', 'Agricultural', 'వ్యవసాయ వినియోగం'],
  ['other', 'Other', 'ఇతర'],
]);

export const PENSION_CATEGORIES = options([
  ['old_age', 'Old age', 'వృద్ధాప్య'],
  ['widow', 'Widow', 'వితంతు'],
  ['disabled', 'Person with disability', 'దివ్యాంగుల'],
  ['single_woman', 'Single woman', 'ఒంటరి మహిళ'],
  ['weaver', 'Weaver', 'చేనేత కార్మికుల'],
  ['toddy_tapper', 'Toddy tapper', 'కల్లు గీత కార్మికుల'],
  ['fisherman', 'Fisherman', 'మత్స్యకారుల'],
  ['cobbler', 'Traditional cobbler', 'చర్మకారుల'],
  ['dappu_artist', 'Dappu artist', 'డప్పు కళాకారుల'],
  ['transgender', 'Transgender', 'ట్రాన్స్‌జెండర్'],
  ['art', 'ART (HIV) patient', 'ఏఆర్టీ (హెచ్ఐవీ) బాధితుల'],
  ['ckdu', 'Chronic kidney disease (dialysis)', 'దీర్ఘకాలిక కిడ్నీ వ్యాధి (డయాలసిస్)'],
]);

export const VEHICLE_CLASSES = options([
  ['mcwg', 'Motorcycle with gear (MCWG)', 'గేర్ ద్విచక్ర వాహనం (ఎంసీడబ్ల్యూజీ)'],
  ['mcwog', 'Motorcycle without gear (MCWOG)', 'గేర్ లేని ద్విచక్ర వాహనం'],
  ['lmv', 'Light motor vehicle, car (LMV)', 'తేలికపాటి మోటారు వాహనం, కారు (ఎల్ఎంవీ)'],
  ['lmv_tr', 'Light transport vehicle (auto, taxi)', 'తేలికపాటి రవాణా వాహనం (ఆటో, ట్యాక్సీ)'],
  ['hgmv', 'Heavy goods or passenger vehicle', 'భారీ సరుకు లేదా ప్రయాణికుల వాహనం'],
  ['tractor', 'Tractor', 'ట్రాక్టర్'],
]);

export const LAND_TRANSFER_TYPES = options([
  ['sale', 'Sale', 'కొనుగోలు'],
  ['inheritance', 'Inheritance (succession)', 'వారసత్వం'],
  ['gift', 'Gift (gift deed)', 'దానం (గిఫ్ట్ డీడ్)'],
  ['partition', 'Partition', 'పంపకం'],
  ['court_order', 'Court order', 'కోర్టు ఉత్తర్వు'],
]);

export const LOST_ARTICLE_TYPES = options([
  ['mobile_phone', 'Mobile phone', 'మొబైల్ ఫోన్'],
  ['documents', 'Certificates or documents', 'ధ్రువపత్రాలు లేదా పత్రాలు'],
  ['id_card', 'Identity card (Aadhaar, PAN, voter ID)', 'గుర్తింపు కార్డు (ఆధార్, పాన్, ఓటరు కార్డు)'],
  ['vehicle_papers', 'Vehicle papers (RC, licence)', 'వాహన పత్రాలు (ఆర్సీ, లైసెన్స్)'],
  ['bag_or_purse', 'Bag or purse', 'బ్యాగ్ లేదా పర్సు'],
  ['other', 'Other', 'ఇతర'],
]);

export const CONSTRUCTION_TRADES = options([
  ['mason', 'Mason', 'తాపీ మేస్త్రి'],
  ['carpenter', 'Carpenter', 'వడ్రంగి'],
  ['electrician', 'Electrician', 'ఎలక్ట్రీషియన్'],
  ['plumber', 'Plumber', 'ప్లంబర్'],
  ['painter', 'Painter', 'పెయింటర్'],
  ['welder', 'Welder', 'వెల్డర్'],
  ['helper', 'Helper or coolie', 'సహాయకుడు లేదా కూలీ'],
  ['other', 'Other', 'ఇతర'],
]);

/** Where APTDC runs boat trips that can be booked ahead. */
export const BOATING_POINTS = options([
  ['papikondalu', 'Papikondalu (Godavari)', 'పాపికొండలు (గోదావరి)'],
  ['bhavani_island', 'Bhavani Island (Vijayawada)', 'భవానీ ద్వీపం (విజయవాడ)'],
  ['nagarjuna_sagar', 'Nagarjuna Sagar', 'నాగార్జున సాగర్'],
]);
