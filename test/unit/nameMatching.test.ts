import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { familyName, foldedPattern, isUpperCaseToken, nameVariants, normalizeName, stripDiacritics } from '../../server/src/knowledge/nameMatching';

describe('name normalisation', () => {
  test('folds Vietnamese diacritics, including đ, and case', () => {
    assert.equal(stripDiacritics('Phạm Minh Chính'), 'Pham Minh Chinh');
    assert.equal(stripDiacritics('Đặng Thị Ngọc Thịnh'), 'Dang Thi Ngoc Thinh');
    assert.equal(normalizeName('  Hoàng   Xuân\u00a0Chiến '), 'hoang xuan chien');
  });

  test('treats an all-capital token of two letters or more as a family name', () => {
    assert.ok(isUpperCaseToken('NAMAZU'));
    assert.ok(!isUpperCaseToken('Namazu') && !isUpperCaseToken('A') && !isUpperCaseToken('2+2'));
  });
});

describe('name variants', () => {
  test('"NAMAZU Hiroyuki" is also written "Hiroyuki Namazu" and "Namazu Hiroyuki"', () => {
    const variants = nameVariants('NAMAZU Hiroyuki');
    for (const v of ['NAMAZU Hiroyuki', 'Hiroyuki Namazu', 'Namazu Hiroyuki', 'Hiroyuki NAMAZU']) assert.ok(variants.includes(v), v);
  });

  test('a declared family name decides the order of a two-part name', () => {
    assert.ok(nameVariants('Kim Min-jun', 'Kim').includes('Min-jun Kim'));
    assert.ok(nameVariants('Kim Min-jun', 'Kim').includes('KIM Min-jun'));
  });

  test('three-part names are kept as written', () => {
    assert.deepEqual(nameVariants('Pham Minh Chinh'), ['Pham Minh Chinh']);
  });

  test('the family name is the capitalised token, the declared one, or the last token', () => {
    assert.equal(familyName('KANO Koji'), 'Kano');
    assert.equal(familyName('Nguyen Van An', 'Nguyen'), 'Nguyen');
    assert.equal(familyName('Shigeru Ishiba'), 'Ishiba');
    assert.equal(familyName('Madonna'), undefined);
  });
});

describe('folded patterns', () => {
  const matcher = (name: string): RegExp => new RegExp(`^(?:${foldedPattern(name)})$`, 'u');

  test('match the name with or without diacritics and with any spacing', () => {
    const re = matcher('Pham Minh Chinh');
    for (const written of ['Pham Minh Chinh', 'Phạm Minh Chính', 'Pham  Minh\u00a0Chinh']) assert.ok(re.test(written), written);
    assert.ok(!re.test('Pham Minh'));
  });

  test('compile under the Unicode flag for names with hyphens, apostrophes and full stops', () => {
    for (const name of ['Kim Min-jun', "Conan O'Brien", 'Ferdinand R. Marcos Jr.']) {
      assert.ok(matcher(name).test(name), name);
    }
    assert.ok(!matcher('Ferdinand R. Marcos Jr.').test('Ferdinand Rx Marcos Jr.'));
  });
});
