// Hand-curated supplement to the GeoNames data: mountain regions and the villages, hills and positions that
// news about the war names but GeoNames' cities500 lacks. Coordinates are approximate (a few km) and left
// empty where no reliable figure was at hand; edit freely, keeping the PlacesTSV columns:
// id, name, kind, latitude, longitude, parents, aliases (|-separated), population, source.

extension BundledGazetteer {
  /// Curated regions and places (`source: curated`).
  static let curatedTSV = #"""
    # Regions
    region:jabal-al-turkman	Jabal al-Turkman	region	35.83	36.05	adm1:SY-LA	Turkmen Mountain|Turkmen Mountains|Turkman Mountain|Jabal Turkman|Jabal al-Turkmen|Jebel Turkman|Jebel al-Turkman|Mount Turkmen|al-Turkmen Mountain|Bayırbucak|Bayır-Bucak|Bayir-Bucak|Bayırbucak Turkmen Mountain|Türkmen Dağı|جبل التركمان		curated
    region:jabal-al-akrad	Jabal al-Akrad	region	35.72	36.18	adm1:SY-LA	Jabal Akrad|Jebel Akrad|Jebel al-Akrad|Kurd Mountain|Kurds Mountain|Kurdish Mountain|al-Akrad Mountain|al-Akrad Mountains|جبل الأكراد		curated
    region:jabal-al-zawiya	Jabal al-Zawiya	region	35.68	36.52	adm1:SY-ID	Jabal Zawiya|Jebel Zawiye|Jabal al-Zawiyah|Zawiya Mountain|جبل الزاوية		curated
    region:eastern-ghouta	Eastern Ghouta	region	33.55	36.40	adm1:SY-RD	East Ghouta|Ghouta|al-Ghouta al-Sharqiya|Eastern Ghuta|الغوطة الشرقية		curated
    region:ghab-plain	al-Ghab Plain	region	35.65	36.35	adm1:SY-HM	Ghab Plain|Sahl al-Ghab|al-Ghab|سهل الغاب		curated
    region:qalamoun	Qalamoun Mountains	region	33.90	36.50	adm1:SY-RD	Qalamoun|al-Qalamoun|Jabal Qalamoun|القلمون		curated
    # Jabal al-Turkman (Latakia)
    cur:ein-eisa	Ein Eisa	populated			region:jabal-al-turkman,adm1:SY-LA	Ain Eisa|Ayn Eisa		curated
    cur:burj-al-hayat	Burj al-Hayat	populated			region:jabal-al-turkman,adm1:SY-LA	Burj Hayat|Borj al-Hayat		curated
    cur:al-shahroora	al-Shahroora	populated			region:jabal-al-turkman,adm1:SY-LA	Shahroora|Shahroura|Shahrura|al-Shahrurah		curated
    cur:yamadi	Yamadi	populated	35.93	36.02	region:jabal-al-turkman,adm1:SY-LA	Yamadiyah|al-Yamadiyah|Yamadiye|al-Yamadi		curated
    cur:tal-rashwan	Rashwan Hill	feature			region:jabal-al-turkman,adm1:SY-LA	Tal Rashwan|Tell Rashwan		curated
    cur:katf-al-ghader	Katf al-Ghader	populated			region:jabal-al-turkman,adm1:SY-LA	Katf al-Ghadir|Kutf al-Ghadir		curated
    cur:ain-samoukh	Ain Samoukh	populated			region:jabal-al-turkman,adm1:SY-LA	Ayn Samukh|Ein Samoukh		curated
    cur:jib-al-ahmar	Jib al-Ahmar	populated			region:jabal-al-turkman,adm1:SY-LA	Jubb al-Ahmar|Jabb al-Ahmar		curated
    cur:ruwaysat-al-mallouha	Ruwysat al-Mallouha	populated			region:jabal-al-turkman,adm1:SY-LA	Ruwaysat al-Malluha|Ruwaisat al-Mallouha|Rweisat al-Mallouha		curated
    cur:al-sarraf	al-Sarraf	populated			region:jabal-al-turkman,adm1:SY-LA	Sarraf		curated
    cur:al-mukhtara	al-Mukhtara	populated			region:jabal-al-turkman,adm1:SY-LA	Mukhtara|al-Mukhtarah		curated
    cur:tal-al-fiel	al-Fiel Hill	feature			region:jabal-al-turkman,adm1:SY-LA	Tal al-Fiel|Tal al-Fil|al-Fil Hill		curated
    # Jabal al-Akrad (Latakia)
    cur:salma	Salma	populated	35.69	36.15	region:jabal-al-akrad,adm1:SY-LA	Slma|Salmah		curated
    cur:kabani	Kabani	populated	35.79	36.25	region:jabal-al-akrad,adm1:SY-LA	Kabaneh|Kabana|Kabbani|Kabbaneh		curated
    cur:ghamam	Ghamam	populated	35.73	36.12	region:jabal-al-akrad,adm1:SY-LA	Ghumam|Ghmam		curated
    cur:burj-al-qasab	Burj al-Qasab	populated			region:jabal-al-akrad,adm1:SY-LA	Burj al-Kasab|Burj Qasab|Borj al-Qasab		curated
    cur:jabal-zuwayk	Mount Ziwik	feature			region:jabal-al-akrad,adm1:SY-LA	Jabal Zuwayk|Jabal Zweik|Jabal Ziwik		curated
    # Idlib
    cur:kansafra	Kansafra	populated	35.63	36.54	region:jabal-al-zawiya,adm1:SY-ID	Kansafrah|Kensafra		curated
    cur:kafr-uwayd	Kafr Uwayd	populated	35.66	36.50	region:jabal-al-zawiya,adm1:SY-ID	Kafar Aweed|Kafr Oweid|Kafr Owaid		curated
    cur:al-bara	al-Bara	populated	35.68	36.54	region:jabal-al-zawiya,adm1:SY-ID	al-Barah|Al Bara		curated
    # Aleppo city neighbourhoods and Damascus countryside
    cur:ramouseh	Ramouseh	populated	36.16	37.13	gn:170063,adm1:SY-HL	Ramosa|Ramousa|al-Ramouseh|Ramusah		curated
    cur:masaken-hanano	Masaken Hanano	populated	36.23	37.18	gn:170063,adm1:SY-HL	Hanano|Hanano district|Masakin Hanano|Hanano housing		curated
    cur:al-sakhour	al-Sakhour	populated	36.22	37.18	gn:170063,adm1:SY-HL	Sakhour|al-Sakhur|Sakhur		curated
    cur:hammouriyeh	Hammouriyeh	populated	33.52	36.39	region:eastern-ghouta,adm1:SY-RD	Hammouriya|Hamouria|Hammuriyah|Hamouriyeh		curated
    # Border crossings and fields
    cur:nasib-crossing	Nasib border crossing	feature	32.55	36.20	adm1:SY-DR	Nasib crossing|Naseeb crossing|Nassib crossing|Jaber crossing		curated
    cur:conoco-gas-field	Conoco gas field	feature	35.38	40.29	adm1:SY-DY	Conoco field|Conoco gas plant		curated
    """#

  /// Curated amendments to GeoNames rows: `id<TAB>parents to add<TAB>aliases to add (|-separated)`.
  static let curatedAmendmentsTSV = #"""
    gn:167880	region:jabal-al-turkman	Rabia|Rabiaa
    gn:165940	region:jabal-al-turkman	
    gn:167863	region:jabal-al-akrad	
    gn:172256		Kobanê|Ayn al-Arab
    gn:163808		Palmyra
    gn:174186		Efrin
    """#
}
