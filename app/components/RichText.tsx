import { Fragment } from "react";
import { useT } from "~/i18n";

/**
 * Free text written by partners (descriptions, updates) shown safely: blank lines make paragraphs,
 * single line breaks are kept, and http(s) addresses become links. Everything is rendered as React
 * text nodes, never as HTML, so markup and scripts in the text show as the characters they are.
 */
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]]/gi;

export function RichText({ text, className }: { text: string; className?: string }) {
  // Partners write in Norwegian; on an English page, say so, so screen readers pronounce it right (WCAG 3.1.2).
  const pageLanguage = useT().meta.lang;
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <div className={className} lang={pageLanguage === "nb" ? undefined : "nb"}>
      {paragraphs.map((paragraph, i) => (
        <p key={i} className={i > 0 ? "mt-3" : undefined}>
          {paragraph.split("\n").map((line, j) => (
            <Fragment key={j}>
              {j > 0 ? <br /> : null}
              <Linkified text={line} />
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}

function Linkified({ text }: { text: string }) {
  const parts: (string | { href: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    if (start > last) parts.push(text.slice(last, start));
    parts.push({ href: match[0] });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return (
    <>
      {parts.map((part, i) =>
        typeof part === "string" ? (
          <Fragment key={i}>{part}</Fragment>
        ) : (
          <a key={i} href={part.href} rel="nofollow noopener noreferrer ugc" className="break-words">
            {part.href}
          </a>
        ),
      )}
    </>
  );
}
