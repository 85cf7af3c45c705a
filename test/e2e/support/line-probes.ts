// Functions evaluated in the page's main world (self-contained: the driver serialises them): how
// the browser styles the highlight that paints a word, read from the computed `::highlight()` style.

export interface LineStyle {
  name: string;
  line: string;
  style: string;
  thickness: string;
  colour: string;
  background: string;
}

/** The computed highlight style of the first painted range reading `text`, or null. */
export function highlightStyleOf(text: string): LineStyle | null {
  for (const [name, highlight] of CSS.highlights) {
    if (name === 'mineral-lens-flash') continue;
    for (const r of highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      if (range.toString().replace(/\s+/g, ' ').toLowerCase() !== text.toLowerCase()) continue;
      const style = getComputedStyle(r.startContainer.parentElement!, `::highlight(${name})`);
      return {
        name,
        line: style.textDecorationLine,
        style: style.textDecorationStyle,
        thickness: style.textDecorationThickness,
        colour: style.textDecorationColor,
        background: style.backgroundColor,
      };
    }
  }
  return null;
}
