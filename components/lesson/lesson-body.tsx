import type { LessonBlock, LessonSection } from "@/lib/domain/content/build-lesson";
import { InfoboxFacts } from "./infobox-facts";
import { LessonSentence } from "./lesson-sentence";

function Block({ block }: { block: LessonBlock }) {
  if (block.type === "facts") return <InfoboxFacts title={block.title} rows={block.rows} />;
  if (block.type === "paragraph") {
    const text = (
      <p lang={block.language === "fr" ? "fr" : undefined} className={block.style === "attribution" ? "text-right text-base text-stone-600" : "leading-relaxed"}>
        {block.style === "attribution" ? "— " : null}
        {block.label ? <strong className="font-semibold">{block.label} </strong> : null}
        {block.sentences.map((sentence) => (
          <LessonSentence key={sentence.id} sentence={sentence} />
        ))}
      </p>
    );
    return block.style === "quote" ? <blockquote className="border-l-4 border-stone-300 pl-4 italic text-stone-800">{text}</blockquote> : text;
  }
  const List = block.ordered ? "ol" : "ul";
  return (
    <div>
      {block.title ? <p className="font-semibold text-stone-900">{block.title}</p> : null}
      <List className={`mt-2 space-y-1 pl-6 ${block.ordered ? "list-decimal" : "list-disc"}`}>
        {block.items.map((item) => (
          <li key={item.id} className="leading-relaxed">
            {item.sentences.map((sentence) => (
              <LessonSentence key={sentence.id} sentence={sentence} />
            ))}
          </li>
        ))}
      </List>
    </div>
  );
}

export function LessonBody({ sections, title }: { sections: LessonSection[]; title: string }) {
  return (
    <div className="space-y-10 font-serif text-lg text-stone-900">
      {sections.map((section) => {
        const Heading = section.level <= 2 ? "h2" : "h3";
        return (
          <section key={section.id} id={`section-${section.id}`} aria-labelledby={section.heading ? `heading-${section.id}` : undefined} className="scroll-mt-24 space-y-4">
            {/* The document's own title heading repeats the page's h1. */}
            {section.heading && section.heading !== title ? (
              <Heading id={`heading-${section.id}`} className={`font-serif font-semibold text-stone-950 ${Heading === "h2" ? "text-2xl" : "text-xl"}`}>
                {section.heading}
              </Heading>
            ) : null}
            {section.blocks.map((block) => (
              <Block key={block.id} block={block} />
            ))}
          </section>
        );
      })}
    </div>
  );
}
