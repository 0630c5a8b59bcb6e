// Minimal stand-ins for the Markdown and YAML grammars that VS Code ships. They are written for
// these tests only: they use the same rule mechanisms as the real grammars (begin/while blocks,
// capture patterns, a `\A` front-matter rule) so that embedding and injection are exercised, while
// every assertion stays about the scopes that `syntaxes/policy.tmLanguage.json` produces.

/** A raw TextMate grammar as plain data, before `parseRawGrammar` turns it into `IRawGrammar`. */
export type RawGrammarJson = Record<string, unknown> & { scopeName: string };

/** Stand-in for `text.html.markdown`: separators, headings, fences, lists, paragraphs and a few inlines. */
export const markdownStandIn: RawGrammarJson = {
  scopeName: 'text.html.markdown',
  patterns: [{ include: '#frontMatter' }, { include: '#block' }],
  repository: {
    // The real grammar detects front matter too, after any first line of three or more dashes; ours must
    // claim the block, or the line, before this rule can.
    frontMatter: {
      begin: '\\A-{3,}.*$',
      while: '^(?!-{3}[ \\t]*$)',
      name: 'meta.standin.frontmatter.markdown',
    },
    block: {
      patterns: [
        { include: '#separator' },
        { include: '#heading' },
        { include: '#fence' },
        { include: '#list' },
        { include: '#paragraph' },
      ],
    },
    separator: { match: '(?:^|\\G)[ ]{0,3}(?:-[ \\t]*){3,}$', name: 'meta.separator.markdown' },
    heading: {
      match: '(?:^|\\G)[ ]{0,3}(#{1,6})[ \\t]+(.*?)[ \\t]*$',
      name: 'markup.heading.markdown',
      captures: {
        1: { name: 'punctuation.definition.heading.markdown' },
        2: { name: 'entity.name.section.markdown', patterns: [{ include: '#inline' }] },
      },
    },
    fence: {
      begin: '(?:^|\\G)[ ]{0,3}(`{3,})(.*)$',
      end: '(?:^|\\G)[ ]{0,3}\\1[ \\t]*$',
      name: 'markup.fenced_code.block.markdown',
    },
    list: {
      begin: '(?:^|\\G)[ ]{0,3}([0-9]+[.)]|[-*+])(?=[ \\t])',
      beginCaptures: { 1: { name: 'punctuation.definition.list.begin.markdown' } },
      while: '(?:^|\\G)(?=[ \\t]{2,}\\S)',
      name: 'markup.list.markdown',
      patterns: [{ include: '#paragraph' }],
    },
    paragraph: {
      begin: '(?:^|\\G)[ ]{0,3}(?=\\S)',
      while: '(?:^|\\G)(?=[ \\t]*\\S)(?![ ]{0,3}(?:#|`{3}|(?:-[ \\t]*){3,}$|[0-9]+[.)][ \\t]))',
      name: 'meta.paragraph.markdown',
      patterns: [{ include: '#inline' }],
    },
    inline: { patterns: [{ include: '#raw' }, { include: '#bold' }, { include: '#link' }] },
    raw: { match: '(`+)[^`]+\\1', name: 'markup.inline.raw.string.markdown' },
    bold: {
      begin: '\\*\\*(?=\\S)',
      end: '(?<=\\S)\\*\\*',
      name: 'markup.bold.markdown',
      patterns: [{ include: '#raw' }, { include: '#link' }],
    },
    link: {
      match: '(\\[)([^\\]]*)(\\])(\\()([^)\\s]*)(\\))',
      name: 'meta.link.inline.markdown',
      captures: {
        2: { name: 'string.other.link.title.markdown', patterns: [{ include: '#raw' }] },
        5: { name: 'markup.underline.link.markdown' },
      },
    },
  },
};

/** Stand-in for `source.yaml`: comments, `key: value` lines, sequence items and a multi-line flow mapping. */
export const yamlStandIn: RawGrammarJson = {
  scopeName: 'source.yaml',
  patterns: [
    { include: '#comment' },
    { include: '#flowMapping' },
    { include: '#pair' },
    { include: '#item' },
    { include: '#scalar' },
  ],
  repository: {
    comment: { match: '(?:^|[ \\t])(#).*$', name: 'comment.line.number-sign.yaml' },
    pair: {
      match: '([\\w.-]+)[ \\t]*(:)(?=[ \\t]|$)',
      captures: {
        1: { name: 'entity.name.tag.yaml' },
        2: { name: 'punctuation.separator.key-value.mapping.yaml' },
      },
    },
    item: { match: '(?:^|\\G)[ \\t]*(-)(?=[ \\t])', captures: { 1: { name: 'punctuation.definition.block.sequence.item.yaml' } } },
    // A flow mapping may span lines; left unclosed it would run on, which is what the robustness test needs.
    flowMapping: {
      begin: '\\{',
      end: '\\}',
      name: 'meta.flow-mapping.yaml',
      patterns: [{ include: '#pair' }, { include: '#scalar' }],
    },
    scalar: {
      patterns: [
        { match: '"[^"]*"', name: 'string.quoted.double.yaml' },
        { match: '[^\\s#{},:"-][^#{},\\n]*?(?=[ \\t]*(?:#|$|[,}]))', name: 'string.unquoted.plain.out.yaml' },
      ],
    },
  },
};
