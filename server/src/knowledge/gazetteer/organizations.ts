/**
 * International and regional organisations, national institutions known by a fixed name or
 * acronym, and news agencies. Meetings, agreements and frameworks ("G20 Summit", "IPEF", "RCEP")
 * are deliberately absent: they are not organisations under the annotation guidelines.
 */
import type { GazetteerEntry } from '../gazetteer';

/** Each row: canonical name, then every surface form (the canonical name is added automatically). */
type Row = readonly [canonical: string, ...forms: string[]];

const INTERNATIONAL: readonly Row[] = [
  ['United Nations', 'UN', 'U.N.'],
  ['UN Security Council', 'United Nations Security Council', 'U.N. Security Council', 'UNSC', 'Security Council'],
  ['UN General Assembly', 'United Nations General Assembly', 'UNGA', 'General Assembly'],
  ['UN Secretariat'],
  ['European Union', 'EU', 'E.U.'],
  ['European Commission'], ['European Council'], ['European Parliament'], ['Council of the European Union'],
  ['Association of Southeast Asian Nations', 'ASEAN', 'Asean', 'Association of South East Asian Nations'],
  ['ASEAN Secretariat'], ['ASEAN Regional Forum', 'ARF'],
  ['North Atlantic Treaty Organization', 'NATO', 'North Atlantic Treaty Organisation'],
  ['Group of Seven', 'G7', 'G-7'], ['Group of Eight', 'G8', 'G-8'], ['Group of Twenty', 'G20', 'G-20'],
  ['Asia-Europe Meeting', 'ASEM'],
  ['Quad', 'Quadrilateral Security Dialogue'],
  ['Benelux', 'Benelux Union'], ['MIKTA'], ['Weimar Triangle'], ['Bucharest Nine', 'B9'], ['Visegrad Group', 'Visegrád Group', 'V4'],
  ['Asia-Pacific Economic Cooperation', 'APEC', 'Asia Pacific Economic Cooperation'],
  ['World Trade Organization', 'WTO', 'World Trade Organisation'],
  ['International Monetary Fund', 'IMF'], ['World Bank'], ['Asian Development Bank', 'ADB'],
  ['Asian Infrastructure Investment Bank', 'AIIB'], ['New Development Bank'],
  ['World Health Organization', 'WHO', 'World Health Organisation'],
  ['World Food Programme', 'WFP'], ['United Nations Development Programme', 'UNDP', 'UN Development Programme'],
  ['UNICEF'], ['UNHCR', 'UN Refugee Agency'], ['UNESCO'], ['OCHA'], ['UNCTAD'],
  ['International Atomic Energy Agency', 'IAEA'],
  ['Organisation for Economic Co-operation and Development', 'OECD', 'Organization for Economic Cooperation and Development'],
  ['OPEC'], ['BRICS', 'Brics'], ['Shanghai Cooperation Organisation', 'SCO', 'Shanghai Cooperation Organization'],
  ['African Union', 'AU'], ['Pacific Islands Forum', 'PIF'], ['Pacific Alliance'], ['Five Eyes'],
  ['International Conference on the Great Lakes Region', 'ICGLR'], ['Lok Sabha'], ['Rajya Sabha'], ['Mekong River Commission', 'MRC'],
  ['International Court of Justice', 'ICJ'], ['International Criminal Court', 'ICC'],
  ['Permanent Court of Arbitration', 'PCA'], ['International Tribunal for the Law of the Sea', 'ITLOS'],
  ['Organization for Security and Co-operation in Europe', 'OSCE'], ['Council of Europe'],
  ['Interpol', 'INTERPOL'], ['International Committee of the Red Cross', 'ICRC'],
  ['International Syria Support Group', 'ISSG'], ['Commonwealth Secretariat'],
  // Regional organisations of Africa, the Americas, the Middle East and South Asia.
  ['Economic Community of West African States', 'ECOWAS'], ['Southern African Development Community', 'SADC'],
  ['East African Community', 'EAC'], ['Intergovernmental Authority on Development', 'IGAD'],
  ['African Development Bank', 'AfDB'], ['League of Arab States', 'Arab League'], ['Gulf Cooperation Council', 'GCC'],
  ['Organisation of Islamic Cooperation', 'OIC', 'Organization of Islamic Cooperation'],
  ['Caribbean Community', 'CARICOM', 'Caricom'], ['Mercosur', 'MERCOSUR', 'Mercosul'],
  ['Organization of American States', 'OAS'], ['Inter-American Development Bank', 'IDB'],
  ['Community of Latin American and Caribbean States', 'CELAC', 'Celac'], ['Andean Community'],
  ['Union of South American Nations', 'UNASUR', 'Unasur'],
  ['Global Coalition to Defeat ISIS', 'Global Coalition Against Daesh'],
  // UN and African Union peace operations.
  ['UNAMID'], ['UNMISS'], ['MONUSCO'], ['MINUSMA'], ['UNIFIL'], ['UNMIK'], ['AMISOM'], ['ATMIS'],
  // Offices of heads of state named as sources.
  ['Emiri Diwan', 'Amiri Diwan'],
  ['South Asian Association for Regional Cooperation', 'SAARC'], ['BIMSTEC', 'Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation'], ['Indian Ocean Rim Association', 'IORA'],
  ['Pacific Community', 'SPC'], ['Eurasian Economic Union', 'EAEU'], ['Collective Security Treaty Organization', 'CSTO'],
  ['Commonwealth of Independent States', 'CIS'],
  // European bodies and UN agencies often written by name or acronym alone.
  ['European External Action Service', 'EEAS'], ['European Investment Bank', 'EIB'],
  ['European Bank for Reconstruction and Development', 'EBRD'], ['European Central Bank', 'ECB'],
  ['Europol'], ['Eurojust'], ['Frontex'], ['European Defence Agency'],
  ['Food and Agriculture Organization', 'FAO'], ['International Labour Organization', 'ILO', 'International Labor Organization'],
  ['International Organization for Migration', 'IOM'], ['United Nations Environment Programme', 'UNEP'],
  ['International Fund for Agricultural Development', 'IFAD'], ['World Meteorological Organization', 'WMO'],
  ['International Maritime Organization', 'IMO'], ['International Civil Aviation Organization', 'ICAO'],
  ['World Intellectual Property Organization', 'WIPO'], ['International Telecommunication Union', 'ITU'],
  ['Organisation for the Prohibition of Chemical Weapons', 'OPCW'], ['UN Women'], ['UNFPA'], ['UNRWA'], ['UNODC'],
  ['Gavi'], ['Global Fund'], ['International Energy Agency', 'IEA'], ['International Renewable Energy Agency', 'IRENA'],
  // Armed groups the genre names as actors.
  ['Boko Haram'], ['Hamas'], ['Hezbollah', 'Hizbollah'], ['Taliban'], ['Islamic State', 'ISIS', 'ISIL', 'Daesh'], ['Al-Qaeda', 'Al Qaeda'],
  ['Al-Shabaab', 'Al Shabaab'], ['Al-Qa’ida', "Al-Qa'ida"], ['Jaish-e-Mohammad', 'Jaish-e-Mohammed'], ['Lashkar-e-Tayyiba', 'Lashkar-e-Taiba'],
  ['Green Climate Fund', 'GCF'], ['International Solar Alliance', 'ISA'], ['International Federation of Red Cross and Red Crescent Societies', 'IFRC'],
];

/** National institutions that are commonly written by acronym or by a fixed name without a pattern head. */
const NATIONAL: readonly Row[] = [
  ['Ministry of Foreign Affairs', 'MOFA', 'MoFA', 'MFA'],
  ['Ministry of Defense', 'MOD', 'MoD'],
  ['Ministry of National Defence', 'MND'],
  ['Ministry of Public Security', 'MPS'],
  ['Ministry of External Affairs', 'MEA'],
  ['Department of Foreign Affairs and Trade', 'DFAT'],
  ['Department of Foreign Affairs', 'DFA'],
  ['Department of National Defense', 'DND'],
  ['Department of Defense', 'DoD', 'DOD'],
  ['State Department'],
  ['Ministry of Economy, Trade and Industry', 'METI'],
  ['Japan Self-Defense Forces', 'JSDF', 'SDF', 'Self-Defense Forces', 'Self-Defence Forces'],
  ['Japan Maritime Self-Defense Force', 'JMSDF'], ['Japan Ground Self-Defense Force', 'JGSDF'],
  ['Japan Air Self-Defense Force', 'JASDF'],
  ['Japan Coast Guard', 'JCG'], ['Vietnam Coast Guard'], ['China Coast Guard', 'CCG'],
  ["People's Liberation Army", 'PLA'], ["People's Army of Vietnam", "Vietnam People's Army"],
  ['Communist Party of Vietnam', 'CPV'], ['Communist Party'],
  ['Japan International Cooperation Agency', 'JICA'], ['Japan External Trade Organization', 'JETRO'],
  ['Japan Bank for International Cooperation', 'JBIC'],
  ['National Security Council', 'NSC'], ['Diet', 'National Diet'], ['National Assembly'], ['Congress'],
  // Seats of government that speak as institutions in the genre ("the White House said").
  ['White House'], ['Kremlin'], ['Élysée', 'Elysee Palace', 'Élysée Palace'], ['Blue House'],
  ['Federal Foreign Office', 'Auswärtiges Amt'], ['Foreign, Commonwealth and Development Office', 'FCDO'],
  ['Council of Ministers'], ['Council of Foreign Ministers'],
  ['Vietnam Fatherland Front', 'Fatherland Front'], ["Chinese People's Political Consultative Conference", 'CPPCC'],
  ['Bakamla'], ['Commonwealth'],
  ['Global Affairs Canada'], ['Bundeswehr'], ['Bundestag'], ['Pentagon'], ['Quai d’Orsay', "Quai d'Orsay"], ['Zhongnanhai'],
];

/** Demonyms stay outside organisation spans, so of these names only the acronyms are matched. */
const ACRONYMS_ONLY: readonly Row[] = [
  ['Philippine Coast Guard', 'PCG'], ['Chinese Communist Party', 'CCP'], ['Royal Australian Navy', 'RAN'],
];

/**
 * News agencies, which the guidelines annotate in datelines and credits. "AFP" is listed here
 * because in the genre's credits it names Agence France-Presse.
 */
const NEWS_AGENCIES: readonly Row[] = [
  ['Reuters', 'Thomson Reuters'], ['Associated Press', 'AP'], ['Agence France-Presse', 'AFP', 'Agence France Presse'],
  ['Kyodo News', 'Kyodo'], ['Jiji Press', 'Jiji'], ['Xinhua', 'Xinhua News Agency'],
  ['Vietnam News Agency', 'VNA'], ['Viet Nam News', 'VNS', 'Vietnam News'], ['Bernama'],
  ['Asian News International', 'ANI'], ['Press Trust of India', 'PTI'], ['Yonhap', 'Yonhap News Agency'],
  ['NHK'], ['Antara', 'Antara News Agency', 'Antara News'], ['Voice of Vietnam', 'VOV', 'VOVWORLD', 'VOV World'], ['VGP'],
  ['Mainichi', 'Mainichi Japan'], ['Philippine News Agency', 'PNA'], ['Nikkei'],
  ['Bloomberg'], ['CNN'], ['BBC'], ['TASS'], ['Kyodo News Agency'], ['Japan Times'],
  ['South China Morning Post'], ['Tuoi Tre'], ['Thanh Nien'], ['VnExpress'],
  ['Jakarta Post'], ['Straits Times'], ['The Hindu'], ['Hindustan Times'], ['Times of India'], ['Korea Herald'],
  ['Korea Times'], ['Yomiuri Shimbun'], ['Asahi Shimbun'], ['Mainichi Shimbun'], ['Nikkei Asia'], ['Al Jazeera'],
  ['Deutsche Welle', 'DW'], ['Radio Free Asia', 'RFA'], ['Voice of America', 'VOA'], ['New York Times'],
  ['Washington Post'], ['Wall Street Journal'], ['Financial Times'], ['The Guardian'], ['Global Times'],
  ['Philippine Daily Inquirer'], ['Bangkok Post'], ['Sydney Morning Herald'], ['Deccan Chronicle'],
  ['EFE', 'Agencia EFE'], ['ANSA'], ['Deutsche Presse-Agentur', 'DPA'], ['Anadolu Agency', 'Anadolu'],
  ['Islamic Republic News Agency', 'IRNA'], ['Emirates News Agency', 'WAM'], ['Saudi Press Agency', 'SPA'],
  ['Kuwait News Agency', 'KUNA'], ['Qatar News Agency', 'QNA'], ['Middle East News Agency', 'MENA'],
  ['Prensa Latina'], ['Sputnik'], ['RIA Novosti'], ['Interfax'], ['Lusa'], ['Korean Central News Agency', 'KCNA'],
  ['Central News Agency', 'CNA'], ['Agencia Brasil', 'Agência Brasil'], ['Telam', 'Télam'], ['Notimex'],
  ['Ghana News Agency', 'GNA'], ['News Agency of Nigeria', 'NAN'], ['Kenya News Agency', 'KNA'], ['Pakistan Press International', 'PPI'],
  ['Associated Press of Pakistan', 'APP'], ['Bangladesh Sangbad Sangstha', 'BSS'], ['Lanka Puvath'], ['Montsame'],
  ['Kazinform'], ['Trend News Agency'], ['Armenpress'], ['Ukrinform'], ['Belta', 'BelTA'], ['Channel NewsAsia'],
];

/** Every organisation surface form, each tagged with its list as the reason. */
export function organizationEntries(): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  const addRows = (rows: readonly Row[], reason: string, withCanonical = true): void => {
    for (const [canonical, ...forms] of rows) {
      const names = withCanonical ? [canonical, ...forms] : forms;
      for (const name of names) entries.push({ name, kind: 'organization', canonical, reason });
    }
  };
  addRows(INTERNATIONAL, 'international organisations list');
  addRows(NATIONAL, 'national institutions list');
  addRows(ACRONYMS_ONLY, 'national institutions list', false);
  addRows(NEWS_AGENCIES, 'news agencies list');
  return entries;
}
