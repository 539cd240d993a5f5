/* Quire's print stylesheet: the design of the PDF edition, in Quire's print CSS subset (see the
   README, "The print stylesheet"). A FreeMarker template: print.* values are the trim size and
   margins in millimetres. Copy it to templates/print.css.ftl to change the book's design; a
   property or selector outside the subset is a warning naming this file and line. */

@page {
  size: ${print.width}mm ${print.height}mm;
  margin: ${print.top}mm ${print.outer}mm ${print.bottom}mm ${print.inner}mm;
  @footnote { border-top: 0.4pt solid black; padding-top: 1.5mm; margin-top: 3mm; }
}
/* Facing pages mirror: the gutter (inner margin) is on the right of a left-hand page. Running
   heads: the story's title on left pages, the chapter's on right pages; folios at the foot. */
@page :left {
  margin-left: ${print.outer}mm;
  margin-right: ${print.inner}mm;
  @top-left { content: string(story); font-style: italic; font-size: 0.8em; vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-left { content: counter(page); font-size: 0.85em; vertical-align: top; padding-top: 4mm; }
}
@page :right {
  margin-left: ${print.inner}mm;
  margin-right: ${print.outer}mm;
  @top-right { content: string(chapter); font-style: italic; font-size: 0.8em; vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-right { content: counter(page); font-size: 0.85em; vertical-align: top; padding-top: 4mm; }
}
/* No running head or folio on the front matter, on a chapter's opening page or on a blank page. */
@page front, chapter:first, :blank {
  @top-left { content: none; }
  @top-right { content: none; }
  @bottom-left { content: none; }
  @bottom-right { content: none; }
}
/* The cover fills the first page. */
@page cover { margin: 0; }

html { font-family: ${print.fontFamilies}; font-size: ${print.fontSize}pt; line-height: 1.4; hyphens: auto;
       orphans: 2; widows: 2; hyphenate-limit-lines: 2; }
body { margin: 0; }

p { margin: 0; text-indent: 1.2em; text-align: justify; }
h1 + p, h2 + p, h3 + p, .scene-break + p, .text > p:first-child, table + p, pre + p, blockquote p, li p, dd p,
.notes-text p, .summary p, .notes p, .dedication p, .colophon p, p.lines, p.center, aside.footnote p { text-indent: 0; }

h1, h2, h3, h4, h5, h6 { font-weight: normal; hyphens: manual; break-after: avoid; text-align: center; }
h2 { font-size: 1.15em; margin: 1.2em 0 0.6em; }
h3 { font-size: 1em; font-style: italic; margin: 1em 0 0.5em; }
h4, h5, h6 { font-size: 1em; margin: 1em 0 0.5em; }
.text h2 { bookmark-level: 2; }
.text h3 { bookmark-level: 3; }

a { text-decoration: none; }
s, del, strike { text-decoration: line-through; }
u, ins { text-decoration: underline; }
.center, .center p { text-align: center; text-indent: 0; }
.right, .right p { text-align: right; text-indent: 0; }
p.center, p.right { hyphens: manual; }

/* Scene breaks: a centred ornament, announced as a separator and kept with the text after it. */
.scene-break { text-align: center; text-indent: 0; margin: 0.8em 0; letter-spacing: 0.4em; break-after: avoid; }
blockquote { margin: 0.8em 1.5em 0.8em 1.5em; }
/* Verse, lyrics and messages: flush left, each line on its own with a hanging indent if it wraps.
   The turnover goes deeper than a poem's own indents (a tab is about 1em, two tabs 2em) so that it
   never reads as one of them (Chicago 13.25: runover lines indented more than any indented line). */
p.lines { text-align: left; hyphens: manual; margin: 0.8em 0; }
p.lines .line { display: block; padding-left: 3em; text-indent: -3em; }
/* A poem indented deeper: the markdown stage names its turnover depth (turn-4 … turn-8, in em). */
p.lines.turn-4 .line { padding-left: 4em; text-indent: -4em; }
p.lines.turn-5 .line { padding-left: 5em; text-indent: -5em; }
p.lines.turn-6 .line { padding-left: 6em; text-indent: -6em; }
p.lines.turn-7 .line { padding-left: 7em; text-indent: -7em; }
p.lines.turn-8 .line { padding-left: 8em; text-indent: -8em; }
ul, ol { margin: 0.6em 0; padding-left: 1.5em; }
li { text-align: justify; }

/* Code, in the bundled monospace: it keeps its spaces and wraps at the measure. */
code, kbd, samp, tt, var, pre { font-family: ${print.monoFamilies}; font-style: normal; font-size: 0.88em; hyphens: manual; }
pre { white-space: pre-wrap; text-align: left; text-indent: 0; hyphens: none; margin: 0.8em 0; line-height: 1.3; }
pre code { font-size: 1em; }
/* A hyphen added inside an address would change it. */
.url { hyphens: manual; }

/* Tables: header cells bold, rules above and below, centred, never wider than the text block
   (a word longer than its column breaks inside its cell). */
table { margin: 0.8em auto; break-inside: avoid; border-top: 0.8pt solid black; border-bottom: 0.8pt solid black; }
th, td { padding: 0.6mm 2.5mm; text-align: left; vertical-align: top; text-indent: 0; hyphens: manual; }
thead th { font-weight: bold; border-bottom: 0.5pt solid black; }
th p, td p { text-indent: 0; text-align: left; }

/* Footnotes at the foot of the page where they are called. */
sup { vertical-align: super; font-size: 0.7em; }
aside.footnote { float: footnote; font-size: ${print.noteSize}pt; line-height: 1.3; text-align: left; hyphens: manual;
                 font-style: normal; font-weight: normal; letter-spacing: normal; }
aside.footnote p { margin: 0 0 0.3em; }
/* A note or a quotation of several paragraphs shows where each one starts. */
aside.footnote p + p { text-indent: 1em; }
blockquote p + p { text-indent: 1.2em; }
aside.footnote blockquote { margin: 0.2em 0 0.3em 1.2em; }

/* The cover: the whole picture, as large as the page allows, centred (nothing of it cut off).
   print.coverHeight and print.coverShift give the older fill-the-width placement, cropped evenly
   at top and bottom, for a stylesheet that prefers it. */
section.cover { page: cover; bookmark-level: 1; bookmark-label: attr(aria-label); }
img.cover-image { display: block; width: ${print.coverFitWidth}mm; height: ${print.coverFitHeight}mm; margin-top: ${print.coverFitTop}mm; margin-left: ${print.coverFitLeft}mm; }

/* Front matter: title page on a right-hand page, the story's details, dedication, contents. */
section.title-page, section.about, section.dedication, nav.toc, section.colophon { page: front; }
/* Centred display text is set whole: a word broken across lines of the title page, the dedication
   or the colophon reads as a mistake. */
section.title-page, section.dedication, section.colophon { hyphens: manual; }
section.title-page { break-before: recto; text-align: center; padding-top: 28%; bookmark-level: 1; bookmark-label: attr(aria-label); }
<#-- A cover and its blank verso are not pages of the book: the title page after them is page 1,
     and they are unnumbered (no folio, no number in the contents, labelled by the cover's bookmark
     in PDF viewers). Without a cover the title page is page 1 anyway, and the rule is left out so
     that such books are the same as before it existed. -->
<#if print.coverImage?has_content>
section.title-page { counter-reset: page 1; }
</#if>
.book-title { font-size: 2.2em; margin: 0 0 1.2em; string-set: story attr(data-running-head); }
.book-author, .book-series { text-align: center; text-indent: 0; font-size: 1.2em; margin: 0.4em 0; }
.book-series { font-style: italic; font-size: 1em; }

section.about { break-before: page; font-size: 0.92em; bookmark-level: 1; bookmark-label: attr(aria-label); }
dl.tags { margin: 0 0 1.5em; }
dl.tags dt { display: run-in; font-weight: bold; }
dl.tags dt::after { content: " "; }
dl.tags dd { margin: 0 0 0.35em 0; text-align: left; hyphens: manual; }
/* A paragraph in the heading role keeps with its notes, as h1-h6 do: never alone at a page's foot. */
.notes-heading { font-size: 1em; font-weight: bold; text-align: left; margin: 1em 0 0.4em; break-after: avoid; }
.notes-text p { margin-bottom: 0.5em; text-align: left; }

section.dedication { break-before: page; padding-top: 30%; text-align: center; font-style: italic;
                     bookmark-level: 1; bookmark-label: attr(aria-label); }
.dedication p { text-align: center; }

/* Contents with dot leaders and page numbers. A title that wraps hangs: its turnover lines are
   indented (negative text-indent, CSS Text §8.1) and stop short of the page numbers' column (the
   right padding); only the last line runs into that column, by the leader's negative right
   margin, so the numbers stand flush right (trial 1, finding 15). Spaced dots (leader(dotted),
   CSS GCPM §4) on one grid line up from entry to entry. */
nav.toc { break-before: ${print.openingBreak}; }
nav.toc h1 { font-size: 1.4em; margin: 15% 0 1.5em; bookmark-level: 1; }
nav.toc ol { list-style: none; margin: 0; padding: 0; }
nav.toc li { margin: 0 0 0.5em; padding: 0 2.5em 0 1.5em; text-align: left; text-indent: -1.5em; hyphens: manual; }
nav.toc a::after { content: leader(dotted) target-counter(attr(href), page); margin-right: -2.5em; }<#if book.direction == "rtl"><#-- A book written right to left (dir="rtl" on the document): what is set flush left above is set
     flush with the start of the line, and what is indented from the left is indented from the
     right. Left out of other books, so that they are the same as before it existed. -->
p.lines, pre, th, td, th p, td p, aside.footnote, dl.tags dd, .notes-heading, .notes-text p, nav.toc li { text-align: start; }
p.lines .line { padding-left: 0; padding-right: 3em; }
p.lines.turn-4 .line { padding-left: 0; padding-right: 4em; }
p.lines.turn-5 .line { padding-left: 0; padding-right: 5em; }
p.lines.turn-6 .line { padding-left: 0; padding-right: 6em; }
p.lines.turn-7 .line { padding-left: 0; padding-right: 7em; }
p.lines.turn-8 .line { padding-left: 0; padding-right: 8em; }
ul, ol { padding-left: 0; padding-right: 1.5em; }
aside.footnote blockquote { margin: 0.2em 1.2em 0.3em 0; }
nav.toc li { padding: 0 1.5em 0 2.5em; }
nav.toc a::after { margin-right: 0; margin-left: -2.5em; }</#if>

/* Chapters open on a new page, a right-hand one unless the book says otherwise. */
section.chapter, section.afterword { page: chapter; break-before: ${print.openingBreak}; }
.chapter-title, .afterword h1, .colophon h1 { font-size: 1.5em; margin: 22% 0 1.5em; }
.chapter-title, .afterword h1 { string-set: chapter attr(data-running-head); bookmark-level: 1;
                               bookmark-label: attr(data-bookmark); }
.chapter-summary, .chapter-notes, .chapter-end-notes { font-size: 0.92em; margin: 0 0 1.2em; }
.chapter-end-notes { margin-top: 1.5em; }

section.colophon { break-before: page; text-align: center; padding-top: 40%; font-size: 0.9em; }
.colophon h1 { margin-top: 0; bookmark-level: 1; }
.colophon p { text-align: center; margin: 0.4em 0; }
