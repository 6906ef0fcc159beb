import { describe, expect, it } from 'vitest';
import { amountInWords, numberInWords } from '@shared/money/amount-in-words';

const euros = (n: number) => n * 100;

describe('amountInWords — the examples of the contract', () => {
  it.each([
    [1, 'un centime'],
    [100, 'un euro'],
    [2121, 'vingt et un euros et vingt et un centimes'],
    [8000, 'quatre-vingts euros'],
    [8100, 'quatre-vingt-un euros'],
    [20000, 'deux cents euros'],
    [20100, 'deux cent un euros'],
    [8000000, 'quatre-vingt mille euros'],
    [100000000, "un million d'euros"],
  ])('%i cents → %s', (cents, words) => {
    expect(amountInWords(cents)).toBe(words);
    expect(amountInWords(cents, { spelling: 'traditional' })).toBe(words);
  });

  it('writes 21 with hyphens in the 1990 spelling', () => {
    expect(amountInWords(2121, { spelling: 'reformed1990' })).toBe(
      'vingt-et-un euros et vingt-et-un centimes',
    );
  });
});

describe('amountInWords — the rules', () => {
  it('zero, one, and the singular of euro and centime', () => {
    expect(amountInWords(0)).toBe('zéro euro');
    expect(amountInWords(50)).toBe('cinquante centimes');
    expect(amountInWords(101)).toBe('un euro et un centime');
    expect(amountInWords(199)).toBe('un euro et quatre-vingt-dix-neuf centimes');
    expect(amountInWords(250)).toBe('deux euros et cinquante centimes');
  });

  it.each([
    [16, 'seize'],
    [17, 'dix-sept'],
    [21, 'vingt et un'],
    [22, 'vingt-deux'],
    [31, 'trente et un'],
    [61, 'soixante et un'],
    [70, 'soixante-dix'],
    [71, 'soixante et onze'],
    [72, 'soixante-douze'],
    [77, 'soixante-dix-sept'],
    [79, 'soixante-dix-neuf'],
    [80, 'quatre-vingts'],
    [81, 'quatre-vingt-un'],
    [89, 'quatre-vingt-neuf'],
    [90, 'quatre-vingt-dix'],
    [91, 'quatre-vingt-onze'],
    [99, 'quatre-vingt-dix-neuf'],
    [100, 'cent'],
    [101, 'cent un'],
    [180, 'cent quatre-vingts'],
    [200, 'deux cents'],
    [201, 'deux cent un'],
    [280, 'deux cent quatre-vingts'],
    [999, 'neuf cent quatre-vingt-dix-neuf'],
    [1000, 'mille'],
    [1001, 'mille un'],
    [1100, 'mille cent'],
    [2000, 'deux mille'],
    [21000, 'vingt et un mille'],
    [80000, 'quatre-vingt mille'],
    [80080, 'quatre-vingt mille quatre-vingts'],
    [200000, 'deux cent mille'],
    [200200, 'deux cent mille deux cents'],
    [1_000_000, 'un million'],
    [2_000_000, 'deux millions'],
    [80_000_000, 'quatre-vingts millions'],
    [200_000_000, 'deux cents millions'],
    [201_000_000, 'deux cent un millions'],
    [1_000_000_000, 'un milliard'],
    [3_000_000_000, 'trois milliards'],
    [1_001_001_001, 'un milliard un million mille un'],
    [
      999_999_999_999,
      'neuf cent quatre-vingt-dix-neuf milliards neuf cent quatre-vingt-dix-neuf millions neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf',
    ],
  ])('%i → %s (traditional)', (n, words) => {
    expect(numberInWords(n)).toBe(words);
  });

  it.each([
    [21, 'vingt-et-un'],
    [71, 'soixante-et-onze'],
    [80, 'quatre-vingts'],
    [81, 'quatre-vingt-un'],
    [91, 'quatre-vingt-onze'],
    [180, 'cent-quatre-vingts'],
    [200, 'deux-cents'],
    [201, 'deux-cent-un'],
    [1000, 'mille'],
    [2000, 'deux-mille'],
    [21_000, 'vingt-et-un-mille'],
    [80_000, 'quatre-vingt-mille'],
    [200_300, 'deux-cent-mille-trois-cents'],
    [1_000_000, 'un million'],
    [2_000_000, 'deux millions'],
    [2_200_000, 'deux millions deux-cent-mille'],
    [200_000_000, 'deux-cents millions'],
    [1_000_000_000, 'un milliard'],
  ])('%i → %s (1990)', (n, words) => {
    expect(numberInWords(n, { spelling: 'reformed1990' })).toBe(words);
  });

  it("says « d'euros » after a round million or milliard, and only then", () => {
    expect(amountInWords(euros(1_000_000))).toBe("un million d'euros");
    expect(amountInWords(euros(2_000_000))).toBe("deux millions d'euros");
    expect(amountInWords(euros(1_000_000_000))).toBe("un milliard d'euros");
    expect(amountInWords(euros(1_002_000_000))).toBe("un milliard deux millions d'euros");
    expect(amountInWords(euros(1_000_000) + 5)).toBe("un million d'euros et cinq centimes");
    expect(amountInWords(euros(1_000_001))).toBe('un million un euros');
    expect(amountInWords(euros(1_200_000))).toBe('un million deux cent mille euros');
    expect(amountInWords(euros(2_000_000), { spelling: 'reformed1990' })).toBe("deux millions d'euros");
  });

  it('refuses what is not a whole number of cents between 0 and 10^14', () => {
    for (const bad of [-1, 1.5, Number.NaN, 100_000_000_000_000, Number.POSITIVE_INFINITY]) {
      expect(() => amountInWords(bad), String(bad)).toThrow(RangeError);
    }
    expect(amountInWords(99_999_999_999_999)).toMatch(
      /^neuf cent quatre-vingt-dix-neuf milliards .* euros et quatre-vingt-dix-neuf centimes$/,
    );
  });
});
