/** Phone: how far through the list this participant is. */
export function Progress({ answered, total, noun }: { answered: number; total: number; noun: string }) {
  return (
    <div className="stepper__progress">
      <progress max={total} value={answered} aria-label={`${answered} of ${total} ${noun} answered`} />
      <span>
        {answered} of {total} answered
      </span>
    </div>
  );
}
