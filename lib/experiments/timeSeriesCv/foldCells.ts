import { locateSample, type ParticipantDays } from '../../sklearn/participantDays';

/** What a participant's day is in one fold. 'mixed': some of its hours train, others test. */
export type DayRole = 'train' | 'validation' | 'test' | 'mixed' | 'unused' | 'future';

/**
 * The role of every (participant, day) in a fold, participants × days: the one
 * set all its hours belong to; 'mixed' when its hours are split between sets
 * (shuffled K-fold); 'future' for unassigned days from `futureFrom` on;
 * otherwise 'unused'.
 */
export function foldCells(
  layout: Required<ParticipantDays>,
  fold: { train: readonly number[]; validation: readonly number[]; test: readonly number[] },
  futureFrom: number,
): DayRole[][] {
  const seen = Array.from({ length: layout.participants * layout.days }, () => new Set<DayRole>());
  const mark = (indices: readonly number[], role: DayRole) => {
    for (const i of indices) {
      const { participant, day } = locateSample(layout, i);
      seen[participant * layout.days + day].add(role);
    }
  };
  mark(fold.train, 'train');
  mark(fold.validation, 'validation');
  mark(fold.test, 'test');
  return Array.from({ length: layout.participants }, (_, p) =>
    Array.from({ length: layout.days }, (_, day) => {
      const roles = seen[p * layout.days + day];
      if (roles.size > 1) return 'mixed';
      if (roles.size === 1) return [...roles][0];
      return day >= futureFrom ? 'future' : 'unused';
    }),
  );
}
