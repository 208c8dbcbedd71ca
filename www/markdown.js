// Renders the Markdown of rule explanations (explain(code).explanation) as DOM nodes: headings,
// paragraphs, lists, tables, fenced code, inline code and **strong**. Every piece of text becomes a
// text node, so nothing in the Markdown is ever parsed as HTML.

import { h } from "./dom.js";

const FENCE = /^(`{3,}|~{3,})\s*(.*)$/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^\s{0,3}([-*+]|\d{1,9}[.)])\s+(.*)$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/** The Markdown as a fragment; `##` becomes `<h${2 + headingShift}>` so it fits under the page's own headings. */
export function renderMarkdown(text, headingShift = 1) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const fragment = document.createDocumentFragment();
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    let match;
    if (line.trim() === "") {
      i += 1;
    } else if ((match = FENCE.exec(line))) {
      const close = new RegExp(`^${match[1][0]}{${match[1].length},}\\s*$`);
      const body = [];
      for (i += 1; i < lines.length && !close.test(lines[i]); i += 1) body.push(lines[i]);
      i += 1;
      fragment.append(codeBlock(body.join("\n"), match[2].trim()));
    } else if ((match = HEADING.exec(line))) {
      fragment.append(h(`h${Math.min(6, match[1].length + headingShift)}`, {}, inline(match[2])));
      i += 1;
    } else if (line.includes("|") && TABLE_SEPARATOR.test(lines[i + 1] ?? "")) {
      const separator = lines[i + 1];
      const body = [];
      for (i += 2; i < lines.length && lines[i].includes("|") && lines[i].trim() !== ""; i += 1) body.push(lines[i]);
      fragment.append(table(line, separator, body));
    } else if (LIST_ITEM.test(line)) {
      const ordered = /^\s*\d/.test(line);
      const items = [];
      while (i < lines.length && lines[i].trim() !== "") {
        const item = LIST_ITEM.exec(lines[i]);
        if (item) items.push(item[2]);
        else items[items.length - 1] += ` ${lines[i].trim()}`;
        i += 1;
      }
      fragment.append(h(ordered ? "ol" : "ul", {}, items.map((item) => h("li", {}, inline(item)))));
    } else {
      const paragraph = [];
      while (i < lines.length && lines[i].trim() !== "" && !startsBlock(lines, i)) paragraph.push(lines[i++].trim());
      fragment.append(h("p", {}, inline(paragraph.join(" "))));
    }
  }
  return fragment;
}

function startsBlock(lines, i) {
  const line = lines[i];
  return (
    FENCE.test(line) ||
    HEADING.test(line) ||
    LIST_ITEM.test(line) ||
    (line.includes("|") && TABLE_SEPARATOR.test(lines[i + 1] ?? ""))
  );
}

/** A code block; an info string such as "json fails" labels it ("json · fails"). */
function codeBlock(code, info) {
  const words = info.split(/\s+/).filter(Boolean);
  const pre = h("pre", {}, h("code", {}, code));
  if (words.length === 0) return pre;
  const outcome = words.find((word) => word === "fails" || word === "passes");
  return h("figure", { class: `code-example${outcome ? ` ${outcome}` : ""}` }, h("figcaption", {}, words.join(" · ")), pre);
}

function table(header, separator, body) {
  const alignments = cells(separator).map((cell) => {
    const left = cell.startsWith(":");
    const right = cell.endsWith(":");
    return left && right ? "align-center" : right ? "align-right" : null;
  });
  const row = (line, tag) => h("tr", {}, cells(line).map((cell, i) => h(tag, { class: alignments[i] }, inline(cell))));
  return h(
    "div",
    { class: "table-scroll" },
    h("table", {}, h("thead", {}, row(header, "th")), h("tbody", {}, body.map((line) => row(line, "td")))),
  );
}

/** A table row's cells; `\|` is a literal bar, and bars inside code spans do not split. */
function cells(line) {
  const result = [""];
  let inCode = false;
  const text = line.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "");
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === "\\" && text[i + 1] === "|") {
      result[result.length - 1] += "|";
      i += 1;
    } else if (char === "|" && !inCode) {
      result.push("");
    } else {
      if (char === "`") inCode = !inCode;
      result[result.length - 1] += char;
    }
  }
  return result.map((cell) => cell.trim());
}

/** Inline code spans and **strong**; everything else is text. */
function inline(text) {
  const nodes = [];
  const pattern = /(`+)([\s\S]*?[^`])\1(?!`)|\*\*(?=\S)([\s\S]*?\S)\*\*/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) nodes.push(text.slice(last, match.index));
    if (match[1]) nodes.push(h("code", {}, codeSpan(match[2])));
    else nodes.push(h("strong", {}, ...inline(match[3])));
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}

/** CommonMark strips one space from each end of a code span that has both. */
function codeSpan(text) {
  return /^ .* $/s.test(text) && text.trim() !== "" ? text.slice(1, -1) : text;
}
