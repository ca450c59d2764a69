// The built-in actor registry: Syrian defaults and generic entries for other wars, in the ActorsTSV form
// (id, name, side, group, aliases |-separated). Side conventions follow docs/gazetteer.md: `government` is the
// recognised state where the fighting happens; Ukraine uses `russian-government`/`ukrainian-government`;
// non-state forces outside Syria are `other`; monitors are `independent-monitor`; outlets are `media`.
// A workspace's actors.tsv overrides any of these by id or by alias.

extension FactionRegistry {
  /// The built-in factions.
  static func defaultFactions() -> [Faction] {
    // The literal is covered by a test; a malformed row would show there, so failure here is impossible.
    (try? ActorsTSV.parse(defaultTSV)) ?? []
  }

  static let defaultTSV = #"""
    # Syria: government side
    syrian-government	Syrian government	government	syrian-government	Syrian regime|Assad regime|the regime|regime|Damascus|Syrian authorities|Syrian officials|Assad government|Bashar al-Assad|Bashar Assad|Assad|pro-regime|pro-Assad|Syrian interior ministry|Syrian defence ministry|Syrian defense ministry
    syrian-army	Syrian Arab Army	government	syrian-government	Syrian army|SAA|regime forces|regime troops|regime army|regime soldiers|regime fighters|Assad forces|Assad's forces|Assad regime forces|Assad regime's forces|pro-Assad forces|pro-regime forces|Syrian regime forces|Syrian government forces|Syrian government troops|Syrian troops|Syrian forces|Syrian soldiers|Syrian army troops|Syrian army forces|regime's army|regime's army forces|Syrian military|loyalist forces|loyalists|Republican Guard|Republican Guards|Fourth Division|4th Division|Syrian military source|Syrian army source
    tiger-forces	Tiger Forces	government		Qawat al-Nimr|Tiger Division|25th Division|Suheil al-Hassan
    ndf	National Defence Forces	government		NDF|National Defense Forces|pro-regime militias|pro-government militias|regime militias|regime militiamen|militiamen|shabiha
    shiite-militias	Shiite militias	government		Shiite militia|Shia militias|Shia militia|Shi'ite militias|Iranian-backed militias|Iran-backed militias|pro-Iranian militias|Iranian militias|foreign militias|Afghan militias|Fatemiyoun|Zainabiyoun|allied militias
    hezbollah	Hezbollah	government		Hizbollah|Hizballah|Hizbullah|Lebanese Hezbollah|Hezbollah fighters
    iranian-forces	Iranian forces	government		IRGC|Revolutionary Guards|Iranian Revolutionary Guard|Quds Force|Iranian troops|Iranian advisers
    sana	SANA	government	syrian-state-media	Syrian Arab News Agency|Syrian state media|Syrian state TV|Syrian state television|state news agency SANA|Al Ikhbariya|al-Ikhbariya|Ikhbariya|Syrian TV|General Organization of Radio and Television
    # Syria: opposition side
    syrian-opposition	Syrian opposition	opposition		rebels|rebel|Syrian rebels|rebel fighters|rebel forces|rebel groups|rebel factions|rebel alliance|opposition|opposition fighters|opposition forces|opposition groups|opposition factions|armed opposition|armed opposition groups|moderate opposition|insurgents|anti-regime forces|anti-Assad forces|anti-government forces|anti-government rebels|Turkish-backed rebels|Turkey-backed rebels|Turkish-backed forces|Turkey-backed forces|Turkish-backed opposition|Turkey-backed opposition|Turkish-supported rebels|Syrian factions|jihadists|Islamist rebels
    fsa	Free Syrian Army	opposition		FSA|Free Syrian Army fighters
    army-of-conquest	Army of Conquest	opposition		Jaysh al-Fatah|Jaish al-Fatah|Jaysh al-Fateh|Jaish al-Fateh|Jeish al-Fatah
    ahrar-al-sham	Ahrar al-Sham	opposition		Ahrar ash-Sham|Harakat Ahrar al-Sham|Ahrar al-Sham Islamic Movement
    hts	Hayat Tahrir al-Sham	opposition		HTS|Tahrir al-Sham|Hay'at Tahrir al-Sham|Nusra Front|al-Nusra Front|Jabhat al-Nusra|al-Nusra|Nusra|Jabhat Fateh al-Sham|JFS
    1st-coastal-division	1st Coastal Division	opposition		First Coastal Division|1st Coastal Division Media Office
    coastal-brigade	Coastal Brigade	opposition		Coastal Brigades|Liwa al-Sahel
    2nd-coastal-division	2nd Coastal Division	opposition		Second Coastal Division
    sna	Syrian National Army	opposition		SNA|Turkish-backed Syrian National Army|National Army
    nlf	National Liberation Front	opposition		NLF|National Front for Liberation
    jaysh-al-islam	Jaysh al-Islam	opposition		Jaish al-Islam|Army of Islam
    failaq-al-rahman	Failaq al-Rahman	opposition		Faylaq al-Rahman|Failaq al-Rahmane
    faylaq-al-sham	Faylaq al-Sham	opposition		Failaq al-Sham|Sham Legion
    turkmen-forces	Turkmen forces	opposition		Turkmen fighters|Turkmen militants|Turkmen groups|Turkmen brigades|Turkmen rebels|Turkmen units|Syrian Turkmen Brigades|Turkmen militant groups|Sultan Murad Division|Sultan Murad Brigade|Sultan Abdulhamid Brigade
    syrian-turkmen-assembly	Syrian Turkmen Assembly	opposition		Turkmen Assembly|Syrian Turkmen Council
    revolutionary-command-council	Revolutionary Command Council	opposition		
    # Syria: Kurdish and ISIS
    sdf	Syrian Democratic Forces	kurdish		SDF|QSD|US-backed Syrian Democratic Forces|Kurdish-led Syrian Democratic Forces
    ypg	YPG	kurdish		People's Protection Units|Kurdish People's Protection Units|YPJ|Kurdish fighters|Kurdish forces|Kurdish militia|Kurdish militias|Kurdish-led forces|Kurdish defenders|Syrian Kurdish fighters|Syrian Kurdish forces
    pyd	PYD	kurdish		Democratic Union Party
    peshmerga	Peshmerga	kurdish		Kurdish Peshmerga|Peshmerga forces|Kurdistan Regional Government
    isis	Islamic State	isis		ISIS|ISIL|IS|Daesh|Da'esh|Daash|Islamic State group|IS group|IS fighters|IS militants|ISIS militants|ISIS fighters|ISIL militants|Islamic State militants|Islamic State fighters|jihadists of the Islamic State
    # Turkey
    turkish-army	Turkish army	turkish-government	turkish-government	Turkish Armed Forces|TSK|Turkish forces|Turkish troops|Turkish military|Turkish soldiers|Turkish General Staff|Turkish air force|Turkish warplanes|Turkish jets|Turkish artillery
    turkish-government	Turkish government	turkish-government	turkish-government	Turkey|Ankara|Turkish Foreign Ministry|Turkish Defence Ministry|Turkish Defense Ministry|Turkish officials|Turkish official|Erdogan|Erdoğan|Recep Tayyip Erdogan|Tayyip Erdogan|Turkish president
    # Russia
    russian-forces	Russian forces	russian-government	russian-government	Russian army|Russian troops|Russian military|Russian Armed Forces|Russian air force|Russian warplanes|Russian aircraft|Russian jets|Russian soldiers|Russian units|Russian-backed forces|Russian mercenaries
    russian-government	Russian government	russian-government	russian-government	Russia|Moscow|Kremlin|the Kremlin|Russian Defence Ministry|Russian Defense Ministry|Russian Ministry of Defence|Russian MoD|Russia's defence ministry|Russia's defense ministry|Russian officials|Russian Foreign Ministry|Vladimir Putin|Putin|Dmitry Peskov|Peskov|Maria Zakharova|Zakharova|Valery Gerasimov|Gerasimov|Sergei Shoigu|Shoigu|Andrey Belousov|Andrei Belousov|Belousov
    russian-media	Russian media	russian-government	russian-state-media	Russian state media|Russian media outlets|Russian news agencies|Russian state TV|Russian state television|Rossiya 24|Zvezda|Channel One
    rt	RT	russian-government	russian-state-media	Russia Today|RT Arabic
    sputnik	Sputnik	russian-government	russian-state-media	Sputnik News|Sputnik Arabic
    tass	TASS	russian-government	russian-state-media	ITAR-TASS|TASS news agency
    ria-novosti	RIA Novosti	russian-government	russian-state-media	RIA|RIA news agency|RIA Novosti news agency
    wagner	Wagner Group	russian-government		Wagner|Wagner mercenaries|Wagner fighters|PMC Wagner
    # Ukraine
    ukrainian-forces	Ukrainian forces	ukrainian-government	ukrainian-government	Ukrainian army|Ukrainian troops|Ukrainian military|Ukrainian soldiers|Armed Forces of Ukraine|Ukrainian Armed Forces|AFU|ZSU|Ukrainian servicemen|Ukrainian defenders|Ukrainian units|Ukraine's armed forces|Ukrainian General Staff|General Staff of Ukraine|Oleksandr Syrskyi|Syrskyi|Azov|Azov Regiment
    ukrainian-government	Ukrainian government	ukrainian-government	ukrainian-government	Ukraine|Kyiv|Kiev|Ukrainian officials|Ukraine's defense ministry|Ukraine's defence ministry|Ukrainian defence ministry|Ukrainian defense ministry|Volodymyr Zelensky|Zelensky|Zelenskyy|Denys Shmyhal|Shmyhal
    separatists	separatists	other		pro-Russian separatists|Russian-backed separatists|Russia-backed separatists|pro-Russian rebels|Russian-backed rebels|DPR|LPR|DNR|LNR|Donetsk People's Republic|Luhansk People's Republic|Lugansk People's Republic|self-proclaimed Donetsk People's Republic|Donetsk separatists|Eduard Basurin|Basurin|official Donetsk news agency|DAN
    osce-smm	OSCE Special Monitoring Mission	independent-monitor	osce	OSCE|OSCE SMM|SMM|OSCE monitors|OSCE Special Monitoring Mission to Ukraine
    # Iraq, Libya, Yemen, Sudan, Ethiopia, Myanmar, Nagorno-Karabakh
    iraqi-forces	Iraqi forces	government	iraqi-government	Iraqi army|Iraqi security forces|ISF|Iraqi troops|Iraqi government|Iraqi government forces|Popular Mobilization Forces|Popular Mobilisation Forces|PMF|Hashd al-Shaabi|Haider al-Abadi|Iraqi interior ministry|Counter-Terrorism Service
    gna	Government of National Accord	government	gna	GNA|GNA forces|Tripoli government|forces aligned with the internationally recognised government|Libyan government forces
    lna	Libyan National Army	lna	lna	LNA|Haftar's forces|Haftar forces|Khalifa Haftar|Haftar|LAAF|Libyan Arab Armed Forces|eastern forces
    houthis	Houthis	other	houthis	Houthi|Houthi rebels|Houthi fighters|Houthi militia|Houthi-linked|Ansar Allah|Ansarullah
    yemeni-government	Yemeni government	government	yemeni-government	Yemeni government forces|Yemeni army|Yemeni troops|Hadi government|internationally-recognised Yemen government|internationally recognised Yemen government|Giants Brigades|UAE-backed forces|pro-government Yemeni forces
    saudi-coalition	Saudi-led coalition	government	saudi-coalition	Saudi-led forces|Arab coalition|Saudi-UAE coalition|Saudi coalition|Emirati forces|UAE forces
    saf	Sudanese Armed Forces	government	sudanese-army	SAF|Sudanese army|Sudan's army|Sudanese military|Popular Resistance|Popular Resistance Committee|army-aligned Popular Resistance|Abdel Fattah al-Burhan|Burhan
    rsf	Rapid Support Forces	rsf	rsf	RSF|Janjaweed|paramilitary Rapid Support Forces|Mohamed Hamdan Dagalo|Hemedti
    ethiopian-government	Ethiopian government	government	ethiopian-government	ENDF|Ethiopian National Defense Force|Ethiopian army|Ethiopian troops|Ethiopian federal forces|federal forces|federal troops|Ethiopian military|Abiy Ahmed|Ethiopian officials|Ethiopian official
    tplf	TPLF	other	tplf	Tigray People's Liberation Front|Tigrayan forces|Tigray Defense Forces|Tigray Defence Forces|TDF|Tigrayan fighters|Tigray forces
    eritrean-forces	Eritrean troops	other		Eritrean forces|Eritrean army|Eritrean soldiers
    myanmar-junta	Myanmar junta	government	myanmar-junta	junta|Myanmar's junta|Myanmar military|Myanmar army|Tatmadaw|military government|junta forces|junta troops|Zaw Min Tun
    mndaa	MNDAA	other		Myanmar National Democratic Alliance Army|Kokang army
    tnla	TNLA	other		Ta'ang National Liberation Army
    arakan-army	Arakan Army	other		
    brotherhood-alliance	Three Brotherhood Alliance	other		Brotherhood Alliance
    pdf-myanmar	People's Defence Force	other		People's Defense Force|People's Defence Forces|People's Defense Forces
    azerbaijani-forces	Azerbaijani forces	government	azerbaijani-government	Azerbaijani army|Azerbaijani troops|Azerbaijani military|Azerbaijan|Baku|Azerbaijani Defense Ministry|Azerbaijani Defence Ministry|Azerbaijani officials|Azerbaijan officials|Ilham Aliyev|Aliyev
    armenian-forces	Armenian forces	other	armenian-side	Armenian army|Armenian troops|Armenian military|Armenian side|Armenia|Artsakh|Artsakh Defense Army|Artsakh Defence Army|Karabakh forces|Nagorno-Karabakh forces|Karabakh Armenian forces|Armenian separatists
    # Generic fallbacks (any war)
    government-forces	government forces	government		government troops|government soldiers|pro-government forces|security forces|state forces|state media|state television|state TV|army|the army|military|the military|armed forces|interior ministry|defence ministry|defense ministry|army troops|army soldiers|army forces
    # Monitors and media (claimants)
    sohr	Syrian Observatory for Human Rights	independent-monitor	sohr	SOHR|Syrian Observatory|the Observatory|Britain-based Syrian Observatory for Human Rights|UK-based Syrian Observatory for Human Rights|British-based Syrian Observatory for Human Rights|Rami Abdulrahman|Rami Abdel Rahman|Rami Abdul Rahman|Rami Abdurrahman|war monitor|monitor group|monitoring group
    unnamed-sources	unnamed sources	other		sources|local sources|activists|local activists|residents|local residents|witnesses|reports|some reports|media reports
    afp	AFP	media	afp	Agence France-Presse|Agence France Presse
    ap	Associated Press	media	ap	AP|The Associated Press
    reuters	Reuters	media	reuters	
    xinhua	Xinhua	media	xinhua	Xinhua News Agency
    anadolu	Anadolu Agency	media	anadolu	Anadolu|Anadolu news agency|AA
    dw	Deutsche Welle	media	dw	DW
    al-jazeera	Al Jazeera	media	al-jazeera	Al-Jazeera|Aljazeera
    al-masdar	Al-Masdar News	media	al-masdar	Al-Masdar|Al Masdar News|AMN
    al-manar	Al Manar	media	al-manar	Al-Manar|Hezbollah's Al Manar television|Al Mayadeen|Al-Mayadeen
    ara-news	ARA News	media	ara-news	
    zaman-al-wasl	Zaman al-Wasl	media	zaman-al-wasl	Zaman Al Wasl
    snn	Shaam News Network	media	snn	SNN|Shaam Network
    smart	SMART News Agency	media	smart	SMART
    trt	TRT World	media	trt	TRT
    daily-sabah	Daily Sabah	media	daily-sabah	
    bbc	BBC	media	bbc	BBC News
    iswnews	ISWNews	media	iswnews	ISWNews Analysis Group
    """#
}
