import calibrated from './align-calibration.json';

/**
 * When two claims state the same fact (align-claims.ts). The numbers come from `npm run calibrate`
 * (test/eval/calibrate.ts), fitted on the seeds' gold facts and the calibration half of the real
 * corpora's annotations only, and written to align-calibration.json with what they gave there. The code
 * reads it through tunables.ts (`align.fitted`), beside the numbers chosen by hand.
 */
export interface AlignConfig {
  /** Score (claim-pair-scores.ts) at or above which two claims of one language may state one fact. */
  sameClaim: number;
  /** The same between Russian and Ukrainian: words the bridge lacks keep one fact's score lower. */
  sameClaimCrossLanguage: number;
  /** The same between English and Russian/Ukrainian, where only concepts and names meet. */
  sameClaimCrossScript: number;
  /** Shared content words a same-fact pair needs (names of people and the story's everyday places do not count)… */
  minContentUnits: number;
  /** …across scripts, where fewer words meet… */
  minContentUnitsCrossScript: number;
  /** …or this many words and names next to a figure of the same quantity… */
  minFigureUnits: number;
  /** …or this many people named in both claims (who takes part is then the claim). */
  minSharedPersons: number;
  /**
   * Content words two claims of one language must share to state one fact at the lower score below: two
   * long sentences telling one event in their own words (`did the searches Thursday morning targeting
   * Yermak` / `the raid on Yermak's apartment early Friday`) share many words, and many more they do not.
   */
  manyContentUnits: number;
  /** Score at or above which a pair sharing manyContentUnits states one fact. */
  sameClaimManyUnits: number;
  /** At most this many claims of one document align with one claim (a long sentence carrying two to four). */
  maxAlignedPerClaim: number;
}

export const ALIGN_CONFIG: AlignConfig = calibrated.config;
