import { splitAround } from './claim-rows';

/** Text with the differing phrase highlighted; built from text nodes only, never from HTML. */
export function MarkedText({ text, phrases, tone }: { text: string; phrases: string[]; tone: 'here' | 'there' }) {
  for (const phrase of phrases) {
    const parts = splitAround(text, phrase);
    if (parts) {
      return (
        <>
          {parts[0]}
          <mark class={`diff diff-${tone}`}>{parts[1]}</mark>
          {parts[2]}
        </>
      );
    }
  }
  return <>{text}</>;
}
