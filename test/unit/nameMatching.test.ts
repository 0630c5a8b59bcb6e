import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { familyName, foldToBaseLetters, isUpperCaseToken, nameVariants, normalizeName, stripDiacritics } from '../../server/src/knowledge/nameMatching';

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

describe('folding to base letters', () => {
  test('replaces Vietnamese letters with their base letters and keeps every offset', () => {
    const written = 'Thủ tướng Phạm Minh Chính gặp Đặng';
    const folded = foldToBaseLetters(written);
    assert.equal(folded, 'Thu tuong Pham Minh Chinh gap Dang');
    assert.equal(folded.length, written.length);
  });

  test('returns plain ASCII text unchanged', () => {
    const text = "Kim Min-jun met Conan O'Brien.";
    assert.equal(foldToBaseLetters(text), text);
  });
});
