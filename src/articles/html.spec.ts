import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToArticle } from './html.ts';

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references, and Windows-1252 numeric ones', () => {
    expect(decodeEntities('K&aelig;re &Oslash;ster&aring; &amp; &#229;&#xE6; &#150; &quot;x&quot;')).toBe(
      'Kære Østerå & åæ – "x"',
    );
  });
  it('leaves unknown references and bare text alone', () => {
    expect(decodeEntities('AT&T &unknown; a & b')).toBe('AT&T &unknown; a & b');
  });
});

describe('htmlToArticle', () => {
  const page = `<!doctype html>
<html lang="nb-NO"><head>
<title>Angrep mot base | Avisa</title>
<meta property="article:published_time" content="2020-01-08T06:30:00+01:00">
<style>.x { content: "<p>not text</p>" }</style>
<script>if (a < b && c > d) { document.write("<p>nor this</p>") }</script>
</head><body>
<nav><ul><li>Forsiden</li><li>Utenriks</li></ul></nav>
<article>
<h1>Missiler mot leiren</h1>
<p>Første avsnitt med <a href="/x">lenke</a> og <em>kursiv</em>.</p>
<p>Andre avsnitt&nbsp;her.<br>Ny linje.</p>
<figure><img src="a.jpg"><figcaption>Foto: NTB</figcaption></figure>
<aside>Les også: noe annet</aside>
</article>
<footer>Kontakt oss</footer>
</body></html>`;

  it('keeps the article text in paragraphs and drops scripts, styles, navigation, footers and asides', () => {
    const a = htmlToArticle(page);
    expect(a.text).toBe(
      'Missiler mot leiren\n\nFørste avsnitt med lenke og kursiv.\n\nAndre avsnitt her.\nNy linje.',
    );
  });

  it('takes title from <h1>, date from article:published_time, language from <html lang>', () => {
    const a = htmlToArticle(page);
    expect(a.title).toBe('Missiler mot leiren');
    expect(a.date).toBe('2020-01-08');
    expect(a.lang).toBe('nb');
  });

  it('falls back to <title> and <time datetime>', () => {
    const a = htmlToArticle(
      '<title>Overskrift</title><p>Tekst <time datetime="2019-12-31">i går</time>.</p>',
    );
    expect(a.title).toBe('Overskrift');
    expect(a.date).toBe('2019-12-31');
    expect(a.text).toBe('Tekst i går.');
  });

  it('prepends a headline that stands outside the article element', () => {
    const a = htmlToArticle('<h1>Stor nyhed</h1><div>menu</div><article><p>Brødtekst.</p></article>');
    expect(a.text).toBe('Stor nyhed\n\nBrødtekst.');
  });

  it('survives tag soup: unclosed tags, stray "<", unterminated comments, quotes in attributes', () => {
    const soup =
      '<div><p>Et <b>fedt ord<p>Næste afsnit a < b og c>d<span title="x>y">!</span>' +
      '<td>celle</td><p>Slut<!-- kommentar uden ende';
    const a = htmlToArticle(soup);
    expect(a.text).toBe('Et fedt ord\n\nNæste afsnit a < b og c>d! celle\n\nSlut');
  });

  it('drops an element marked hidden or with a navigation role', () => {
    const a = htmlToArticle('<p>Synlig</p><div hidden>Skjult</div><div role="navigation">Menu</div>');
    expect(a.text).toBe('Synlig');
  });
});
