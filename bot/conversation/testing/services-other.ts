import type { ServiceRow } from './catalog-kit';
import { svc } from './catalog-kit';

/** Up to two services of every other department of the shipped catalog. */
// One service per line, as a table: id, English name, Telugu name, kind, SLA days, fee, keywords.
// prettier-ignore
export const OTHER_SERVICES: ServiceRow[] = [
  // SSLR
  svc('sslr.patta-sub-division', 'Patta sub-division (user charge Rs 35 + challan Rs 250)', 'పట్టా సబ్ డివిజన్', 'application', 45, 285, ['sub division', 'patta sub division', 'bhoomi vibhajana', 'land split']),
  svc('sslr.f-line-petition', 'F-Line petition (survey/boundary measurement)', 'ఎఫ్-లైన్ పిటిషన్', 'application', 30, 0, ['f line', 'boundary survey', 'land measurement', 'haddulu']),
  // ANNA
  svc('anna.anna-canteen-information', 'Anna Canteen information (subsidised meals)', 'అన్న క్యాంటీన్ సమాచారం (రాయితీ భోజనం)', 'information', 0, 0, ['anna canteen', '5 rupees meal', 'bhojanam', 'canteen timings']),
  svc('anna.anna-canteen-feedback', 'Anna Canteen feedback (QR code / IVRS)', 'అన్న క్యాంటీన్ అభిప్రాయం (క్యూఆర్ కోడ్ / ఐవీఆర్ఎస్)', 'grievance', 7, 0, ['canteen feedback', 'food quality', 'anna canteen complaint', 'abhiprayam']),
  // CMRF
  svc('cmrf.cmrf-application', 'CMRF application submission', 'ముఖ్యమంత్రి సహాయ నిధి (సీఎంఆర్ఎఫ్) దరఖాస్తు', 'application', 30, 0, ['cmrf', 'cm relief fund', 'medical help', 'mukhyamantri sahaya nidhi']),
  svc('cmrf.cmrf-status', 'CMRF application status tracking', 'సీఎంఆర్ఎఫ్ దరఖాస్తు స్థితి', 'status', 0, 0, ['cmrf status', 'relief fund status', 'cmrf cheque', 'sahaya nidhi sthithi']),
  // APSRTC
  svc('apsrtc.bus-ticket-booking', 'Bus ticket booking (advance reservation)', 'బస్ టికెట్ బుకింగ్', 'booking', 1, 0, ['bus ticket', 'rtc', 'bus reservation', 'bassu ticket']),
  svc('apsrtc.bus-ticket-cancellation', 'Bus ticket cancellation', 'బస్ టికెట్ రద్దు', 'booking', 1, 0, ['cancel ticket', 'ticket refund', 'ticket raddu', 'rtc cancel']),
  // ENDOW
  svc('endow.srisailam-sparsha-darshan', 'Srisailam – Sparsha Darshan ticket', 'శ్రీశైలం స్పర్శ దర్శనం టికెట్', 'booking', 1, 500, ['srisailam', 'sparsha darshanam', 'mallikarjuna swamy', 'sparsa darshan']),
  svc('endow.srisailam-athi-seeghra-darshan', 'Srisailam – Athi Seeghra Darshan ticket', 'శ్రీశైలం – అతి శీఘ్ర దర్శనం టికెట్', 'booking', 1, 300, ['srisailam', 'athi seeghra darshanam', 'quick darshan', 'mallanna']),
  // TTD
  svc('ttd.tirumala-special-entry-darshan', 'Tirumala Seeghra (special entry) darshan ticket', 'శ్రీవారి శీఘ్ర దర్శనం టికెట్', 'booking', 1, 300, ['ttd', 'tirumala darshan', '300 rupees darshan', 'special entry darshan']),
  svc('ttd.tirumala-laddu-prasadam', 'Tirumala laddu prasadam booking', 'లడ్డూ ప్రసాదం', 'booking', 1, 50, ['tirupati laddu', 'srivari laddu', 'laddu prasadam', 'ttd laddu']),
  // CIVSUP
  svc('civsup.new-rice-card', 'New rice card application (at secretariat; not on WhatsApp as of May 2025)', 'కొత్త రైస్ కార్డు దరఖాస్తు', 'application', 21, 0, ['ration card', 'rice card', 'biyyam card', 'new ration card']),
  svc('civsup.rice-card-split', 'Rice card splitting', 'రైస్ కార్డు విభజన', 'application', 15, 0, ['card split', 'separate ration card', 'card vibhajana', 'split after marriage']),
  // APSCSCL
  svc('apscscl.paddy-procurement-slot', 'Paddy procurement slot booking via WhatsApp', 'ధాన్యం కొనుగోలు స్లాట్ బుకింగ్', 'booking', 1, 0, ['paddy', 'dhanyam', 'vadlu', 'paddy sale']),
  // POLICE
  svc('police.fir-details', 'FIR details', 'ఎఫ్ఐఆర్ వివరాలు', 'information', 0, 0, ['fir', 'fir copy', 'police case', 'case details']),
  svc('police.fir-status', 'FIR status', 'ఎఫ్ఐఆర్ స్థితి', 'status', 0, 0, ['fir status', 'case status', 'case sthithi', 'investigation status']),
  // SCHEDU
  svc('schedu.ssc-hall-ticket', 'SSC (Class 10) hall ticket download', 'పదో తరగతి హాల్ టికెట్', 'certificate', 0, 0, ['10th hall ticket', 'ssc hall ticket', 'padava taragathi', 'tenth class']),
  svc('schedu.exam-results', 'Examination results', 'పరీక్షా ఫలితాలు', 'information', 0, 0, ['ssc results', '10th results', 'exam results', 'phalithalu']),
  // BIE
  svc('bie.inter-hall-ticket', 'Intermediate hall ticket download', 'ఇంటర్ హాల్ టికెట్', 'certificate', 0, 0, ['inter hall ticket', 'intermediate hall ticket', 'ipe hall ticket', 'inter exams']),
  svc('bie.inter-results', 'Intermediate results', 'ఇంటర్మీడియట్ ఫలితాలు', 'information', 0, 0, ['inter results', 'intermediate results', 'ipe results', 'phalithalu']),
  // HE
  svc('he.eapcet-hall-ticket', 'AP EAPCET hall ticket download', 'ఏపీ ఈఏపీసెట్ హాల్ టికెట్ డౌన్‌లోడ్', 'certificate', 0, 0, ['eapcet', 'eamcet hall ticket', 'engineering entrance', 'eamcet']),
  svc('he.eapcet-results', 'AP EAPCET results', 'ఏపీ ఈఏపీసెట్ ఫలితాలు', 'information', 0, 0, ['eapcet results', 'eamcet results', 'eamcet rank', 'rank card']),
  // HEALTH
  svc('health.hospital-test-reports', 'Hospital test reports on WhatsApp (proposed, Aug 2025)', 'వాట్సాప్‌లో ఆసుపత్రి పరీక్షల నివేదికలు (ప్రతిపాదిత, ఆగస్టు 2025)', 'information', 0, 0, ['lab report', 'test report', 'blood test', 'pariksha nivedika']),
  svc('health.health-advisories', 'Public health advisories', 'ప్రజారోగ్య సూచనలు', 'information', 0, 0, ['health advisory', 'fever alert', 'dengue', 'arogya suchanalu']),
  // RTGS
  svc('rtgs.grievance-registration', 'Grievance/petition registration (name, phone, address; photos allowed)', 'ఫిర్యాదు నమోదు', 'grievance', 15, 0, ['complaint', 'grievance', 'phiryadu', 'petition']),
  svc('rtgs.grievance-status', 'Grievance status tracking by reference number', 'ఫిర్యాదు స్థితి', 'status', 0, 0, ['complaint status', 'grievance status', 'phiryadu sthithi', 'reference number']),
  // APSDMA
  svc('apsdma.weather-alerts', 'Weather alerts: heavy rain, floods, lightning', 'వాతావరణ హెచ్చరికలు', 'information', 0, 0, ['weather', 'rain alert', 'cyclone', 'thufan']),
  svc('apsdma.safety-tips', 'Public safety tips during outbreaks/emergencies', 'అత్యవసర పరిస్థితులు, వ్యాధుల వ్యాప్తి సమయంలో ప్రజా భద్రతా సూచనలు', 'information', 0, 0, ['safety tips', 'emergency', 'flood safety', 'jagrathalu']),
  // IGRS
  svc('igrs.encumbrance-certificate', 'Encumbrance Certificate (EC)', 'ఈసీ (ఎన్కంబరెన్స్ సర్టిఫికెట్)', 'certificate', 1, 0, ['ec', 'encumbrance', 'land ec', 'bharam']),
  svc('igrs.registered-document-copy', 'Certified copy (nakal) of registered document', 'రిజిస్టర్డ్ దస్తావేజు సర్టిఫైడ్ కాపీ', 'certificate', 1, 0, ['certified copy', 'document copy', 'dastavezu nakalu', 'cc copy']),
  // TRANS
  svc('trans.learner-licence', 'Learner\'s licence', 'లెర్నర్ లైసెన్స్', 'application', 1, 200, ['ll', 'llr', 'learner licence', 'learning license']),
  svc('trans.driving-licence', 'Fresh driving licence', 'డ్రైవింగ్ లైసెన్స్', 'application', 7, 500, ['driving licence', 'dl', 'driving license', 'permanent licence']),
  // SERP
  svc('serp.new-pension', 'New social security pension application', 'కొత్త పింఛను దరఖాస్తు', 'application', 30, 0, ['pension', 'pinchanu', 'old age pension', 'widow pension']),
  svc('serp.ntr-bharosa-pension', 'NTR Bharosa pension (Rs 4,000/month; PwD Rs 6,000–15,000) doorstep disbursement on 1st of month', 'ఎన్టీఆర్ భరోసా పింఛను', 'information', 0, 0, ['pension date', 'pension amount', 'ntr bharosa', '4000 pension']),
  // PRRD
  svc('prrd.birth-death-registration', 'Birth & death registration in gram panchayats', 'గ్రామ పంచాయతీలలో జనన, మరణ నమోదు', 'certificate', 7, 0, ['panchayat birth certificate', 'panchayat death certificate', 'janana marana namodu', 'village birth registration']),
  svc('prrd.trade-licence-renewal', 'Trade licence renewal (gram panchayat)', 'వ్యాపార లైసెన్స్ పునరుద్ధరణ (గ్రామ పంచాయతీ)', 'application', 7, 0, ['panchayat trade licence', 'licence renewal', 'panchayathi license', 'shop licence renew']),
  // AGRI
  svc('agri.annadata-sukhibhava-status', 'Annadata Sukhibhava status', 'అన్నదాత సుఖీభవ స్టేటస్', 'status', 0, 0, ['annadata sukhibhava', 'farmer money', 'raithu bharosa', 'pm kisan']),
  svc('agri.subsidised-seed-registration', 'Registration for subsidised seed (via secretariat)', 'రాయితీ విత్తనాల కోసం నమోదు (సచివాలయం ద్వారా)', 'application', 7, 0, ['subsidy seeds', 'vittanalu', 'seed registration', 'rythu seva kendram']),
  // HOUSING
  svc('housing.house-site', 'House site application', 'ఇంటి స్థలం దరఖాస్తు', 'application', 90, 0, ['house site', 'inti sthalam', 'illu sthalam', 'housing scheme']),
  // LABOUR
  svc('labour.construction-workers-registration', 'Building & other construction workers registration', 'భవన, ఇతర నిర్మాణ కార్మికుల నమోదు', 'application', 15, 0, ['construction worker', 'bhavana nirmana karmikulu', 'labour card', 'bocw']),
  svc('labour.shops-establishments-registration', 'Shops & establishments registration', 'దుకాణాలు, సంస్థల నమోదు', 'application', 7, 0, ['shop registration', 'labour license', 'establishment registration', 'dukanam namodu']),
  // TOURISM
  svc('tourism.tourist-attractions', 'Tourist attraction information', 'పర్యాటక ప్రదేశాల సమాచారం', 'information', 0, 0, ['tourist places', 'araku', 'paryatakam', 'places to visit']),
  svc('tourism.haritha-hotel-booking', 'Tourism tickets and accommodation booking (Haritha hotels)', 'పర్యాటక టికెట్లు, వసతి బుకింగ్ (హరిత హోటళ్లు)', 'booking', 1, 0, ['haritha hotel', 'aptdc', 'tourism booking', 'resort booking']),
  // MINES
  svc('mines.free-sand-booking', 'Free sand booking (AP Sand Management System; also at secretariats)', 'ఉచిత ఇసుక బుకింగ్', 'booking', 1, 0, ['free sand', 'uchitha isuka', 'sand booking', 'isuka']),
  svc('mines.sand-complaint', 'Sand complaints (toll-free 1800 425 6039)', 'ఇసుక ఫిర్యాదులు (టోల్ ఫ్రీ 1800 425 6039)', 'grievance', 7, 0, ['sand complaint', 'isuka phiryadu', 'illegal sand', 'sand overcharge']),
  // SOCWEL
  svc('socwel.post-matric-scholarship', 'Post-matric scholarship / fee reimbursement application (Jnanabhumi)', 'పోస్ట్-మెట్రిక్ ఉపకార వేతనం / ఫీజు రీయింబర్స్‌మెంట్ దరఖాస్తు (జ్ఞానభూమి)', 'application', 30, 0, ['scholarship', 'fee reimbursement', 'jnanabhumi', 'vidya deevena']),
  // COMTAX
  svc('comtax.professional-tax-payment', 'Professional tax payment', 'వృత్తి పన్ను చెల్లింపు', 'payment', 0, 0, ['professional tax', 'pt payment', 'vrutti pannu', 'ptin']),
  // GSWS
  svc('gsws.application-status', 'Application status by SMS at each level', 'ప్రతి దశలో ఎస్ఎంఎస్ ద్వారా దరఖాస్తు స్థితి', 'status', 0, 0, ['application status', 'sachivalayam status', 'darakhasthu sthithi', 'sms status']),
  svc('gsws.certificate-print', 'Certificate print-out at any secretariat', 'ఏ సచివాలయంలోనైనా ధ్రువీకరణ పత్రం ప్రింట్', 'certificate', 0, 0, ['certificate print', 'reprint', 'certificate copy', 'any sachivalayam']),
];
