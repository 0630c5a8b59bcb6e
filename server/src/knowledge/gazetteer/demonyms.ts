/**
 * Nationality adjectives. They are never places, and an organisation span never starts with one
 * ("the Japanese Self-Defense Forces" → "Self-Defense Forces").
 */
import { countryDemonyms } from './countries';

/** Forms used in prose that the package's demonyms lack (it lists "Filipino" but not "Philippine"). */
const EXTRA_DEMONYMS: readonly string[] = [
  'Philippine', 'Filipino', 'Korean', 'South Korean', 'North Korean', 'Vietnamese', 'Japanese', 'Chinese',
  'American', 'British', 'Australian', 'Indian', 'Russian', 'Taiwanese', 'Emirati', 'Saudi', 'Thai', 'Lao',
  'Laotian', 'Burmese', 'Cambodian', 'Khmer', 'Indonesian', 'Malaysian', 'Singaporean', 'Bruneian',
  'Timorese', 'Soviet', 'Ukrainian', 'Israeli', 'Palestinian', 'Iranian', 'Turkish', 'French', 'German',
];

/** The set of nationality adjectives, package forms plus extras. */
export function demonyms(): ReadonlySet<string> {
  return new Set([...countryDemonyms(), ...EXTRA_DEMONYMS]);
}
