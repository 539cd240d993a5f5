/* Quire's print stylesheet for the PDF edition (openhtmltopdf, CSS 2.1 plus paged media).
   A FreeMarker template: print.* values are the trim size and margins in millimetres.
   Copy it to templates/print.css.ftl to change the book's design. */

@page {
  size: ${print.width}mm ${print.height}mm;
  margin: ${print.top}mm ${print.outer}mm ${print.bottom}mm ${print.inner}mm;
  @footnote {
    float: bottom;
    width: 100%;
    border-top: 0.4pt solid #000;
    padding-top: 1.5mm;
    margin-top: 3mm;
  }
}
/* Page 1 matches :first instead of :right. */
@page :first { margin: ${print.top}mm ${print.outer}mm ${print.bottom}mm ${print.inner}mm; }
/* Facing pages mirror: the gutter (inner margin) is on the right of a left page. */
@page :left {
  margin-left: ${print.outer}mm;
  margin-right: ${print.inner}mm;
  @top-left { content: element(storyTitle, start); vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-left { content: element(folioVerso, start); vertical-align: top; padding-top: 4mm; }
}
@page :right {
  margin-left: ${print.inner}mm;
  margin-right: ${print.outer}mm;
  @top-right { content: element(chapterTitle, start); vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-right { content: element(folioRecto, start); vertical-align: top; padding-top: 4mm; }
}

/* Running heads and folios: the story's title on left pages, the chapter's on right pages. */
.rh-story { position: running(storyTitle); font-style: italic; font-size: 0.8em; }
.rh-chapter { position: running(chapterTitle); font-style: italic; font-size: 0.8em; text-align: right; }
.rh-folio-v { position: running(folioVerso); font-size: 0.85em; }
.rh-folio-r { position: running(folioRecto); font-size: 0.85em; text-align: right; }
.rh-folio-v.on::after, .rh-folio-r.on::after { content: counter(page); }

html { font-family: ${print.fontFamilies}; font-size: ${print.fontSize}pt; line-height: 1.4; }
body { margin: 0; }

p { margin: 0; text-indent: 1.2em; text-align: justify; hyphens: auto; orphans: 2; widows: 2; }
/* A word longer than the measure (a keysmash, a web address) breaks where it must: no line
   runs past the text block. */
body { word-wrap: break-word; overflow-wrap: break-word; }
/* Justify by the spaces between words only: letter-spaced lines (a web address alone on its
   line) read badly and are copied out of the PDF as "h t t p". */
body { -fs-max-justification-inter-char: 0; }
h1 + p, h2 + p, h3 + p, .scene-break + p, .text > p:first-child, table + p, pre + p, blockquote p, li p,
.notes-text p, .summary p, .notes p, .dedication p, .colophon p, p.lines { text-indent: 0; }

h1, h2, h3, h4, h5, h6 { font-weight: normal; hyphens: manual; page-break-after: avoid; text-align: center; }
h2 { font-size: 1.15em; margin: 1.2em 0 0.6em; }
h3 { font-size: 1em; font-style: italic; margin: 1em 0 0.5em; }

em, i { font-style: italic; }
strong, b { font-weight: bold; }
a { color: #000; text-decoration: none; }
s, del, strike { text-decoration: line-through; }
u, ins { text-decoration: underline; }
.center, .center p { text-align: center; text-indent: 0; }
.right, .right p { text-align: right; text-indent: 0; }
p.center, p.right { hyphens: manual; }

/* Code, in the bundled monospace face; a code block wraps at the measure. */
code, kbd, samp, tt, var, pre { font-family: ${print.monoFamilies}; font-style: normal; font-size: 0.88em; }
pre { white-space: pre-wrap; text-align: left; text-indent: 0; hyphens: manual; margin: 0.8em 0; line-height: 1.3; }
pre code { font-size: 1em; }
/* A hyphen added inside code or an address would change it. */
code, kbd, samp, tt, var, .url { hyphens: manual; }

/* A table too wide for the page is set smaller (its size is worked out per table), so that its
   words fit their cells whole. */
table.compact th, table.compact td { padding: 0.4mm 1.2mm; }
/* Tables: header cells bold, rules above and below, never wider than the text block. */
table { border-collapse: collapse; margin: 0.8em auto; page-break-inside: avoid; }
th, td { padding: 0.6mm 2.5mm; text-align: left; vertical-align: top; text-indent: 0; hyphens: manual;
  word-wrap: normal; overflow-wrap: normal; }
thead th { font-weight: bold; border-bottom: 0.5pt solid #000; }
table { border-top: 0.8pt solid #000; border-bottom: 0.8pt solid #000; }
th p, td p { text-indent: 0; text-align: left; }
/* A table holding a word longer than a column (see LongWords) takes the full measure in equal columns. */
table.fixed-layout { table-layout: fixed; width: 100%; }
table.fixed-layout th, table.fixed-layout td { word-wrap: break-word; overflow-wrap: break-word; }
ul, ol { margin: 0.6em 0; padding-left: 1.5em; }
li p { text-indent: 0; }

.scene-break { text-align: center; text-indent: 0; margin: 0.8em 0; letter-spacing: 0.4em; page-break-after: avoid; }
blockquote { margin: 0.8em 0 0.8em 1.5em; }
p.lines { text-align: left; hyphens: manual; margin: 0.8em 0; }
p.lines .line { display: block; padding-left: 1.5em; text-indent: -1.5em; }

/* Footnotes at the foot of the page (CSS GCPM float: footnote). */
::footnote-call { counter-increment: footnote 1; }
section.chapter { counter-reset: footnote; }
.footnote { float: footnote; font-size: ${print.noteSize}pt; line-height: 1.3; text-align: left; text-indent: 0;
  hyphens: manual; font-style: normal; font-weight: normal; letter-spacing: normal; }
/* A note's second and later paragraphs, its quotations and lists stay apart. */
.footnote .fn-block { display: block; margin-top: 0.25em; }
.footnote .fn-blockquote { margin-left: 1.2em; }
.footnote::footnote-call { content: counter(footnote); vertical-align: super; font-size: 0.7em; line-height: 0; }
.footnote::footnote-marker { content: counter(footnote) ". "; }

/* The cover fills the first page; the title page follows on the next right-hand page. */
@page cover { margin: 0; }
/* The cover is 1600 x 2560; on a page of another shape it fills the width and is cropped
   equally at top and bottom, where the design keeps only pattern. */
section.cover { page: cover; width: ${print.width}mm; height: ${print.height}mm; overflow: hidden; margin: 0; padding: 0; }
img.cover-image { display: block; width: ${print.width}mm; height: ${print.coverHeight}mm; margin-top: ${print.coverShift}mm; }
/* The inside of the cover stays blank, so the title page is a right-hand page. */
.cover-verso { page-break-before: always; height: 1mm; }
.title-page.after-cover { page-break-before: always; }

/* Title page. */
.title-page { text-align: center; padding-top: 28%; }
.book-title { font-size: 2.2em; margin: 0 0 1.2em; }
.book-author, .book-series { text-align: center; text-indent: 0; font-size: 1.2em; margin: 0.4em 0; }
.book-series { font-style: italic; font-size: 1em; }

/* About this story: the tags as archive readers know them. */
.about { page-break-before: always; font-size: 0.92em; }
dl.tags { margin: 0 0 1.5em; }
dl.tags dt { font-weight: bold; float: left; margin-right: 0.4em; }
dl.tags dd { margin: 0 0 0.35em 0; }
.notes-heading { font-size: 1em; font-weight: bold; text-align: left; margin: 1em 0 0.4em; }
.notes-text p { margin-bottom: 0.5em; text-align: left; }

.dedication { page-break-before: always; padding-top: 30%; text-align: center; font-style: italic; }
.dedication p { text-align: center; }

/* Contents with dot leaders and page numbers. */
nav.toc { page-break-before: ${print.openingBreak}; }
nav.toc h1 { font-size: 1.4em; margin: 15% 0 1.5em; }
nav.toc ol { list-style: none; margin: 0; padding: 0; }
nav.toc li { margin: 0 0 0.5em; }
nav.toc a::after { content: leader('.') target-counter(attr(href), page); }

/* Chapters open on a new page, a right-hand one unless the book says otherwise. */
section.chapter, section.afterword { page-break-before: ${print.openingBreak}; }
section.colophon { page-break-before: always; text-align: center; padding-top: 40%; font-size: 0.9em; }
.chapter-title, .afterword h1, .colophon h1 { font-size: 1.5em; margin: 22% 0 1.5em; }
.colophon h1 { margin-top: 0; }
.colophon p { text-align: center; margin: 0.4em 0; }
.chapter-summary, .chapter-notes, .chapter-end-notes { font-size: 0.92em; margin: 0 0 1.2em; }
.chapter-end-notes { margin-top: 1.5em; }
