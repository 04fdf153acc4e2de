import { GeographySchema, type Geography } from '../../../shared/model/geography';

/**
 * The geography for the bot's tests: Andhra Pradesh's 26 districts with real mandals and
 * secretariats under their English and Telugu names. Guntur has thirteen mandals and Tenali
 * eleven secretariats, so both lists need a second page. Codes follow the shipped scheme
 * (`GNT`, `GNT-05`, `GNT-05-001`), numbered in the order listed.
 *
 * Keyed `CODE district|జిల్లా`; one line per mandal: `mandal|మండలం = kind name|పేరు; …` (kind `v`
 * village, `w` ward).
 */
const DISTRICTS: Readonly<Record<string, readonly string[]>> = {
  'SKL Srikakulam|శ్రీకాకుళం': [
    'Srikakulam|శ్రీకాకుళం = w Ward 4 – Arasavalli|వార్డు 4 – అరసవల్లి; w Ward 19 – Balaga|వార్డు 19 – బలగ; w Ward 27 – Gujarathipeta|వార్డు 27 – గుజరాతీపేట',
    'Amadalavalasa|ఆమదాలవలస = v Dusi|దూసి; v Thogaram|తొగరాం',
    'Etcherla|ఎచ్చెర్ల = v Etcherla|ఎచ్చెర్ల; v Kusalapuram|కుశాలపురం; v Chilakapalem|చిలకపాలెం',
    'Tekkali|టెక్కలి = v Tekkali|టెక్కలి; v Ravivalasa|రావివలస',
    'Sompeta|సోంపేట = v Sompeta|సోంపేట; v Baruva|బారువ',
  ],
  'VZM Vizianagaram|విజయనగరం': [
    'Vizianagaram Urban|విజయనగరం అర్బన్ = w Ward 9 – Cantonment|వార్డు 9 – కంటోన్మెంట్; w Ward 17 – Kothapeta|వార్డు 17 – కొత్తపేట; w Ward 24 – Dasannapeta|వార్డు 24 – దాసన్నపేట',
    'Nellimarla|నెల్లిమర్ల = v Ramatheertham|రామతీర్థం; v Kondavelagada|కొండవెలగాడ',
    'Bhogapuram|భోగాపురం = v Bhogapuram|భోగాపురం; v Kancheru|కంచేరు; v Gudepuvalasa|గూడెపువలస',
    'Jami|జామి = v Jami|జామి; v Bheemasingi|భీమసింగి',
  ],
  'PVM Parvathipuram Manyam|పార్వతీపురం మన్యం': [
    'Makkuva|మక్కువ = v Makkuva|మక్కువ; v Sambara|శంబర',
    'Gummalakshmipuram|గుమ్మలక్ష్మీపురం = v Gummalakshmipuram|గుమ్మలక్ష్మీపురం; v Elwinpeta|ఎల్విన్పేట',
    'Pachipenta|పాచిపెంట = v Pachipenta|పాచిపెంట; v P. Konavalasa|పి.కోనవలస',
    'Garugubilli|గరుగుబిల్లి = v Garugubilli|గరుగుబిల్లి; v Thotapalli|తోటపల్లి',
  ],
  'ASR Alluri Sitharama Raju|అల్లూరి సీతారామరాజు': [
    'Paderu|పాడేరు = v Paderu|పాడేరు; v Minumuluru|మినుములూరు; v Dokuluru|డోకులూరు',
    'Araku Valley|అరకులోయ = v Padmapuram|పద్మాపురం; v Sunkarametta|సుంకరమెట్ట; v Chompi|చొంపి',
    'Ananthagiri|అనంతగిరి = v Ananthagiri|అనంతగిరి; v Borra|బొర్రా',
    'Chintapalle|చింతపల్లి = v Chintapalle|చింతపల్లి; v Lambasingi|లంబసింగి; v Tajangi|తాజంగి',
  ],
  'VSP Visakhapatnam|విశాఖపట్నం': [
    'Seethammadhara|సీతమ్మధార = w Ward 24 – Seethammadhara|వార్డు 24 – సీతమ్మధార; w Ward 26 – Akkayyapalem|వార్డు 26 – అక్కయ్యపాలెం',
    'Gajuwaka|గాజువాక = w Ward 69 – Gajuwaka|వార్డు 69 – గాజువాక; w Ward 75 – Kurmannapalem|వార్డు 75 – కూర్మన్నపాలెం',
    'Bheemunipatnam|భీమునిపట్నం = w Ward 1 – Bheemunipatnam|వార్డు 1 – భీమునిపట్నం; w Ward 3 – Tagarapuvalasa|వార్డు 3 – తగరపువలస',
    'Padmanabham|పద్మనాభం = v Padmanabham|పద్మనాభం; v Revidi|రేవిడి',
    'Anandapuram|ఆనందపురం = v Anandapuram|ఆనందపురం; v Gambheeram|గంభీరం',
  ],
  'AKP Anakapalli|అనకాపల్లి': [
    'Anakapalli|అనకాపల్లి = v Sankaram|శంకరం; v Thummapala|తుమ్మపాల; v Koppaka|కొప్పాక',
    'Atchutapuram|అచ్యుతాపురం = v Kondakarla|కొండకర్ల; v Pudimadaka|పూడిమడక',
    'Nakkapalle|నక్కపల్లి = v Nakkapalle|నక్కపల్లి; v Upamaka|ఉపమాక; v Rajayyapeta|రాజయ్యపేట',
    'Chodavaram|చోడవరం = v Chodavaram|చోడవరం; v Govada|గోవాడ',
    'Kasimkota|కశింకోట = v Kasimkota|కశింకోట; v Narasingabilli|నరసింగబిల్లి',
  ],
  'KKD Kakinada|కాకినాడ': [
    'Kakinada Urban|కాకినాడ అర్బన్ = w Ward 8 – Jagannaickpur|వార్డు 8 – జగన్నాథపురం; w Ward 21 – Suryaraopeta|వార్డు 21 – సూర్యారావుపేట; w Ward 33 – Gandhinagar|వార్డు 33 – గాంధీనగర్',
    'Kakinada Rural|కాకినాడ రూరల్ = v Vakalapudi|వాకలపూడి; v Thimmapuram|తిమ్మాపురం',
    'Peddapuram|పెద్దాపురం = v Divili|దివిలి; v Kandrakota|కాండ్రకోట',
    'U. Kothapalli|యు.కొత్తపల్లి = v Kothapalli|కొత్తపల్లి; v Uppada|ఉప్పాడ',
  ],
  'EGD East Godavari|తూర్పు గోదావరి': [
    'Rajamahendravaram Urban|రాజమహేంద్రవరం అర్బన్ = w Ward 5 – Innespeta|వార్డు 5 – ఇన్నీసుపేట; w Ward 18 – Danavaipeta|వార్డు 18 – దానవాయిపేట; w Ward 37 – Aryapuram|వార్డు 37 – ఆర్యాపురం',
    'Kadiam|కడియం = v Kadiam|కడియం; v Kadiyapulanka|కడియపులంక; v Vemagiri|వేమగిరి',
    'Rajanagaram|రాజానగరం = v Rajanagaram|రాజానగరం; v Kalavacherla|కలవచర్ల',
    'Kovvur|కొవ్వూరు = v Pasivedala|పశివేదల; v Dommeru|దొమ్మేరు',
    'Nidadavole|నిడదవోలు = v Settipeta|సెట్టిపేట; v Vijjeswaram|విజ్జేశ్వరం',
  ],
  'KON Dr. B.R. Ambedkar Konaseema|డాక్టర్ బి.ఆర్. అంబేద్కర్ కోనసీమ': [
    'Amalapuram|అమలాపురం = v Bandarulanka|బండారులంక; v Samanasa|సమనస',
    'Sakhinetipalli|సఖినేటిపల్లి = v Sakhinetipalli|సఖినేటిపల్లి; v Antarvedi|అంతర్వేది',
    'Atreyapuram|ఆత్రేయపురం = v Atreyapuram|ఆత్రేయపురం; v Ryali|ర్యాలి',
    'Kothapeta|కొత్తపేట = v Kothapeta|కొత్తపేట; v Vanapalli|వానపల్లి',
  ],
  'ELR Eluru|ఏలూరు': [
    'Eluru|ఏలూరు = w Ward 12 – Powerpet|వార్డు 12 – పవర్పేట; w Ward 27 – Tangellamudi|వార్డు 27 – తంగెళ్లమూడి; w Ward 40 – Sanivarapupeta|వార్డు 40 – శనివారపుపేట',
    'Kaikalur|కైకలూరు = v Kaikalur|కైకలూరు; v Atapaka|ఆటపాక',
    'Polavaram|పోలవరం = v Polavaram|పోలవరం; v Pattiseema|పట్టిసీమ',
    'Jangareddygudem|జంగారెడ్డిగూడెం = v Guruvaigudem|గురవాయిగూడెం; v Lakkavaram|లక్కవరం',
  ],
  'WGD West Godavari|పశ్చిమ గోదావరి': [
    'Bhimavaram|భీమవరం = w Ward 6 – Gunupudi|వార్డు 6 – గునుపూడి; v Taderu|తాడేరు; v Chinamiram|చినమిరం',
    'Mogalthur|మొగల్తూరు = v Mogalthur|మొగల్తూరు; v Perupalem|పేరుపాలెం',
    'Penugonda|పెనుగొండ = v Penugonda|పెనుగొండ; v Siddhantam|సిద్ధాంతం',
    'Tanuku|తణుకు = v Velpuru|వేల్పూరు; v Duvva|దువ్వ',
  ],
  'NTR NTR|ఎన్టీఆర్': [
    'Vijayawada Central|విజయవాడ సెంట్రల్ = w Ward 27 – Governorpet|వార్డు 27 – గవర్నర్పేట; w Ward 30 – Satyanarayanapuram|వార్డు 30 – సత్యనారాయణపురం',
    'Vijayawada East|విజయవాడ తూర్పు = w Ward 11 – Patamata|వార్డు 11 – పటమట; w Ward 20 – Krishna Lanka|వార్డు 20 – కృష్ణలంక',
    'Vijayawada West|విజయవాడ పశ్చిమ = w Ward 39 – Bhavanipuram|వార్డు 39 – భవానీపురం; w Ward 45 – Vidyadharapuram|వార్డు 45 – విద్యాధరపురం',
    'Vijayawada Rural|విజయవాడ రూరల్ = v Gollapudi|గొల్లపూడి; v Nidamanuru|నిడమానూరు; v Enikepadu|ఎనికేపాడు',
    'Ibrahimpatnam|ఇబ్రహీంపట్నం = v Ibrahimpatnam|ఇబ్రహీంపట్నం; v Kondapalli|కొండపల్లి',
    'Jaggayyapeta|జగ్గయ్యపేట = v Muktyala|ముక్త్యాల; v Vedadri|వేదాద్రి',
  ],
  'KRI Krishna|కృష్ణా': [
    'Avanigadda|అవనిగడ్డ = v Avanigadda|అవనిగడ్డ; v Puligadda|పులిగడ్డ',
    'Koduru|కోడూరు = v Koduru|కోడూరు; v Hamsaladeevi|హంసలదీవి',
    'Ghantasala|ఘంటసాల = v Ghantasala|ఘంటసాల; v Srikakulam|శ్రీకాకుళం',
    'Gannavaram|గన్నవరం = v Kesarapalli|కేసరపల్లి; v Buddhavaram|బుద్ధవరం',
    'Kankipadu|కంకిపాడు = v Kankipadu|కంకిపాడు; v Punadipadu|పునాదిపాడు',
  ],
  'PLN Palnadu|పల్నాడు': [
    'Narasaraopet|నరసరావుపేట = v Yellamanda|యల్లమంద; v Ravipadu|రావిపాడు',
    'Amaravathi|అమరావతి = v Amaravathi|అమరావతి; v Dharanikota|ధరణికోట; v Vaikuntapuram|వైకుంఠపురం',
    'Edlapadu|ఎడ్లపాడు = v Edlapadu|ఎడ్లపాడు; v Kondaveedu|కొండవీడు',
    'Atchampet|అచ్చంపేట = v Atchampet|అచ్చంపేట; v Madipadu|మాదిపాడు',
  ],
  'GNT Guntur|గుంటూరు': [
    'Guntur East|గుంటూరు తూర్పు = w Ward 8 – Old Guntur|వార్డు 8 – పాత గుంటూరు; w Ward 14 – Kothapeta|వార్డు 14 – కొత్తపేట',
    'Guntur West|గుంటూరు పశ్చిమ = w Ward 31 – Brodipet|వార్డు 31 – బ్రాడీపేట; w Ward 36 – Arundelpet|వార్డు 36 – అరండల్పేట; w Ward 42 – Lakshmipuram|వార్డు 42 – లక్ష్మీపురం',
    'Thullur|తుళ్లూరు = v Velagapudi|వెలగపూడి; v Rayapudi|రాయపూడి; v Mandadam|మందడం',
    'Mangalagiri|మంగళగిరి = v Nidamarru|నిడమర్రు; v Kuragallu|కురగల్లు; v Nerukonda|నీరుకొండ',
    'Tenali|తెనాలి = v Kolakaluru|కొలకలూరు; v Angalakuduru|అంగలకుదురు; v Burripalem|బుర్రిపాలెం; v Pinapadu|పినపాడు; v Nandivelugu|నందివెలుగు; v Katevaram|కటెవరం; v Sangam Jagarlamudi|సంగం జాగర్లమూడి; v Chinaravuru|చినరావూరు; v Kothapalli|కొత్తపల్లి; v Gudivada|గుడివాడ; v Pedaravuru|పెదరావూరు',
    'Pedakakani|పెదకాకాని = v Nambur|నంబూరు',
    'Tadepalle|తాడేపల్లి = v Undavalli|ఉండవల్లి',
    'Duggirala|దుగ్గిరాల = v Chilumuru|చిలుమూరు',
    'Kollipara|కొల్లిపర = v Annavaram|అన్నవరం',
    'Chebrolu|చేబ్రోలు = v Vejendla|వేజెండ్ల',
    'Vatticherukuru|వట్టిచెరుకూరు = v Kornepadu|కొర్నెపాడు',
    'Medikonduru|మేడికొండూరు = v Palaparru|పలపర్రు',
    'Phirangipuram|ఫిరంగిపురం = v Vemavaram|వేమవరం',
  ],
  'BPT Bapatla|బాపట్ల': [
    'Bapatla|బాపట్ల = v Suryalanka|సూర్యలంక; v Murukondapadu|మురుకొండపాడు',
    'Chirala|చీరాల = v Vadarevu|వాడరేవు; w Ward 9 – Perala|వార్డు 9 – పేరాల; w Ward 24 – Jandrapeta|వార్డు 24 – జాండ్రపేట',
    'Addanki|అద్దంకి = v Addanki|అద్దంకి; v Singarakonda|శింగరకొండ',
    'Karamchedu|కారంచేడు = v Karamchedu|కారంచేడు; v Swarna|స్వర్ణ',
  ],
  'PKM Prakasam|ప్రకాశం': [
    'Ongole Urban|ఒంగోలు అర్బన్ = w Ward 10 – Lawyerpet|వార్డు 10 – లాయర్పేట; w Ward 22 – Santhapeta|వార్డు 22 – సంతపేట; w Ward 35 – Bhagyanagar|వార్డు 35 – భాగ్యనగర్',
    'Singarayakonda|సింగరాయకొండ = v Singarayakonda|సింగరాయకొండ; v Pakala|పాకల',
    'Chimakurthy|చీమకుర్తి = v Chimakurthy|చీమకుర్తి; v Ramatheertham|రామతీర్థం',
  ],
  'NLR Sri Potti Sriramulu Nellore|శ్రీ పొట్టి శ్రీరాములు నెల్లూరు': [
    'Nellore Urban|నెల్లూరు అర్బన్ = w Ward 16 – Magunta Layout|వార్డు 16 – మాగుంట లేఅవుట్; w Ward 29 – Stonehousepet|వార్డు 29 – స్టోన్హౌస్పేట; w Ward 41 – Santhapeta|వార్డు 41 – సంతపేట',
    'Kovur|కోవూరు = v Kovur|కోవూరు; v Padugupadu|పడుగుపాడు',
    'Muthukur|ముత్తుకూరు = v Muthukur|ముత్తుకూరు; v Krishnapatnam|కృష్ణపట్నం',
    'Indukurpet|ఇందుకూరుపేట = v Indukurpet|ఇందుకూరుపేట; v Mypadu|మైపాడు',
    'Buchireddipalem|బుచ్చిరెడ్డిపాలెం = v Jonnawada|జొన్నవాడ; v Damaramadugu|దామరమడుగు',
  ],
  'KNL Kurnool|కర్నూలు': [
    'Kurnool Urban|కర్నూలు అర్బన్ = w Ward 14 – Budhwarpet|వార్డు 14 – బుధవారపేట; w Ward 31 – Krishna Nagar|వార్డు 31 – కృష్ణానగర్',
    'Mantralayam|మంత్రాలయం = v Mantralayam|మంత్రాలయం; v Madhavaram|మాధవరం',
    'Pattikonda|పత్తికొండ = v Pattikonda|పత్తికొండ; v Hosur|హోసూరు',
    'Veldurthi|వెల్దుర్తి = v Veldurthi|వెల్దుర్తి; v Ramallakota|రామళ్లకోట',
    'Tuggali|తుగ్గలి = v Tuggali|తుగ్గలి; v Jonnagiri|జొన్నగిరి',
  ],
  'NDL Nandyal|నంద్యాల': [
    'Nandyal Urban|నంద్యాల అర్బన్ = w Ward 7 – Bommalasatram|వార్డు 7 – బొమ్మలసత్రం; w Ward 19 – Noonepalle|వార్డు 19 – నూనెపల్లె',
    'Mahanandi|మహానంది = v Mahanandi|మహానంది; v Gajulapalle|గాజులపల్లె',
    'Srisailam|శ్రీశైలం = v Srisailam|శ్రీశైలం; v Sunnipenta|సున్నిపెంట',
    'Kolimigundla|కొలిమిగుండ్ల = v Kolimigundla|కొలిమిగుండ్ల; v Belum|బెలుం',
    'Banaganapalle|బనగానపల్లె = v Banaganapalle|బనగానపల్లె; v Yaganti|యాగంటి',
  ],
  'ATP Anantapuramu|అనంతపురం': [
    'Anantapur Urban|అనంతపురం అర్బన్ = w Ward 11 – Ramnagar|వార్డు 11 – రామ్నగర్; w Ward 26 – Sai Nagar|వార్డు 26 – సాయినగర్',
    'Anantapur Rural|అనంతపురం రూరల్ = v Rachanapalli|రాచనపల్లి; v Itikalapalli|ఇటికలపల్లి; v Kurugunta|కురుగుంట',
    'Guntakal|గుంతకల్లు = v Kasapuram|కసాపురం; v Nagasamudram|నాగసముద్రం',
  ],
  'SSS Sri Sathya Sai|శ్రీ సత్యసాయి': [
    'Puttaparthi|పుట్టపర్తి = w Ward 5 – Prasanthi Nilayam|వార్డు 5 – ప్రశాంతి నిలయం; w Ward 12 – Enumulapalli|వార్డు 12 – ఎనుములపల్లి',
    'Penukonda|పెనుకొండ = v Erramanchi|ఎర్రమంచి; v Ammavaripalli|అమ్మవారిపల్లి',
    'Lepakshi|లేపాక్షి = v Lepakshi|లేపాక్షి; v Cholasamudram|చోళసముద్రం',
    'Hindupur|హిందూపురం = v Kirikera|కిరికెర; v Chowlur|చౌళూరు',
  ],
  'KDP YSR Kadapa|వైఎస్ఆర్ కడప': [
    'Kadapa|కడప = w Ward 8 – Ravindra Nagar|వార్డు 8 – రవీంద్రనగర్; w Ward 22 – Nagarajupeta|వార్డు 22 – నాగరాజుపేట; w Ward 40 – Akkayapalli|వార్డు 40 – అక్కాయపల్లి',
    'Jammalamadugu|జమ్మలమడుగు = v Gandikota|గండికోట; v Devagudi|దేవగుడి',
    'Vempalle|వేంపల్లె = v Vempalle|వేంపల్లె; v Idupulapaya|ఇడుపులపాయ',
  ],
  'ANM Annamayya|అన్నమయ్య': [
    'Rayachoti|రాయచోటి = v Abbavaram|అబ్బవరం; v Sibyala|సిబ్యాల',
    'Madanapalle|మదనపల్లె = v Basinikonda|బసినికొండ; w Ward 6 – Neerugattuvaripalle|వార్డు 6 – నీరుగట్టువారిపల్లె',
    'Rajampet|రాజంపేట = v Tallapaka|తాళ్లపాక; v Boyanapalli|బోయనపల్లి',
  ],
  'TPT Tirupati|తిరుపతి': [
    'Tirupati Urban|తిరుపతి అర్బన్ = w Ward 6 – Korlagunta|వార్డు 6 – కొర్లగుంట; w Ward 15 – Bairagipatteda|వార్డు 15 – బైరాగిపట్టెడ; w Ward 33 – Balaji Colony|వార్డు 33 – బాలాజీ కాలనీ',
    'Tirupati Rural|తిరుపతి రూరల్ = v Tiruchanur|తిరుచానూరు; v Perur|పేరూరు; v Mangalam|మంగళం',
    'Renigunta|రేణిగుంట = v Renigunta|రేణిగుంట; v Gajulamandyam|గాజులమండ్యం',
    'Chandragiri|చంద్రగిరి = v Chandragiri|చంద్రగిరి; v Naravaripalle|నారావారిపల్లె',
    'Srikalahasti|శ్రీకాళహస్తి = v Rachagunneri|రాచగున్నేరి; v Thondamanadu|తొండమనాడు',
  ],
  'CTR Chittoor|చిత్తూరు': [
    'Chittoor Urban|చిత్తూరు అర్బన్ = w Ward 12 – Greamspet|వార్డు 12 – గ్రీమ్స్పేట; w Ward 25 – Kattamanchi|వార్డు 25 – కట్టమంచి; w Ward 38 – Santhapeta|వార్డు 38 – సంతపేట',
    'Irala|ఐరాల = v Irala|ఐరాల; v Kanipakam|కాణిపాకం',
    'Bangarupalem|బంగారుపాళ్యం = v Bangarupalem|బంగారుపాళ్యం; v Mogili|మొగిలి',
    'Kuppam|కుప్పం = v Kangundi|కంగుంది; v Mallanur|మల్లానూరు',
  ],
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function names(text: string): { en: string; te: string } {
  const [en = '', te = ''] = text.split('|');
  return { en: en.trim(), te: te.trim() };
}

export const TEST_GEOGRAPHY: Geography = GeographySchema.parse({
  districts: Object.entries(DISTRICTS).map(([key, mandals]) => {
    const code = key.slice(0, 3);
    return {
      code,
      name: names(key.slice(4)),
      headquarters: names(key.slice(4)),
      mandals: mandals.map((line, m) => {
        const [mandal = '', secretariats = ''] = line.split(' = ');
        const mandalCode = `${code}-${pad(m + 1, 2)}`;
        return {
          code: mandalCode,
          name: names(mandal),
          secretariats: secretariats.split('; ').map((entry, s) => ({
            code: `${mandalCode}-${pad(s + 1, 3)}`,
            name: names(entry.slice(2)),
            kind: entry.startsWith('w ') ? 'ward' : 'village',
          })),
        };
      }),
    };
  }),
});
