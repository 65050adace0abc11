<?xml version="1.0" encoding="UTF-8"?>
<!--
  Renders Quire's Atom feeds (a tag's newest works) and OPDS catalogs as a readable page when a
  browser opens them; feed readers and e-reader apps ignore it and read the feed itself.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:a="http://www.w3.org/2005/Atom"
    exclude-result-prefixes="a">
  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="yes"/>

  <xsl:variable name="opds" select="contains(/a:feed/a:link[@rel='self']/@type, 'opds-catalog')"/>

  <xsl:template match="/a:feed">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="color-scheme" content="light dark"/>
        <title><xsl:value-of select="a:title"/> | Quire feed</title>
        <link rel="stylesheet" href="/css/quire.css"/>
      </head>
      <body>
        <header class="site-header">
          <nav class="site-nav" aria-label="Site">
            <a class="brand" href="/">Quire</a>
            <ul class="nav-links">
              <li><a href="/works">Browse</a></li>
              <li><a href="/works/search">Search</a></li>
            </ul>
          </nav>
        </header>
        <main id="main" class="content">
          <div class="notice feed-notice">
            <xsl:choose>
              <xsl:when test="$opds">
                <p>This is an <strong>OPDS catalog</strong> for e-reader apps (KOReader, Moon+ Reader,
                  Calibre…): add this page's address to your app as a catalog to browse and download
                  works.</p>
              </xsl:when>
              <xsl:otherwise>
                <p>This is an <strong>Atom feed</strong>: copy this page's address into your feed
                  reader to hear of new works.</p>
              </xsl:otherwise>
            </xsl:choose>
            <xsl:if test="a:link[@rel='alternate' and (not(@type) or @type='text/html')]">
              <p><a href="{a:link[@rel='alternate' and (not(@type) or @type='text/html')][1]/@href}">See these works on the archive</a></p>
            </xsl:if>
          </div>
          <h1><xsl:value-of select="a:title"/></h1>
          <xsl:if test="not(a:entry)"><p class="muted">Nothing here yet.</p></xsl:if>
          <ol class="work-list feed-entries">
            <xsl:apply-templates select="a:entry"/>
          </ol>
          <nav class="pagination" aria-label="Pages">
            <xsl:for-each select="a:link[@rel='up' or @rel='previous' or @rel='next']">
              <a href="{@href}" rel="{@rel}">
                <xsl:choose>
                  <xsl:when test="@rel='up'">↑ Up</xsl:when>
                  <xsl:when test="@rel='previous'">← Previous</xsl:when>
                  <xsl:otherwise>Next →</xsl:otherwise>
                </xsl:choose>
              </a>
              <xsl:text> </xsl:text>
            </xsl:for-each>
          </nav>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="a:entry">
    <li class="blurb">
      <h2 class="blurb-title">
        <xsl:variable name="page" select="(a:link[@rel='alternate'] | a:link[@rel='subsection'] | a:link[starts-with(@rel, 'http://opds-spec.org/sort/')])[1]/@href"/>
        <xsl:choose>
          <xsl:when test="$page"><a href="{$page}"><xsl:value-of select="a:title"/></a></xsl:when>
          <xsl:otherwise><xsl:value-of select="a:title"/></xsl:otherwise>
        </xsl:choose>
        <xsl:if test="a:author">
          <xsl:text> by </xsl:text>
          <xsl:for-each select="a:author">
            <xsl:if test="position() &gt; 1">, </xsl:if>
            <xsl:value-of select="a:name"/>
          </xsl:for-each>
        </xsl:if>
      </h2>
      <xsl:if test="a:summary">
        <p class="summary">
          <xsl:call-template name="text">
            <xsl:with-param name="html" select="string(a:summary)"/>
          </xsl:call-template>
        </p>
      </xsl:if>
      <xsl:if test="a:content">
        <p class="muted"><xsl:value-of select="a:content"/></p>
      </xsl:if>
      <xsl:if test="a:link[@rel='http://opds-spec.org/acquisition']">
        <p>
          <xsl:text>Download: </xsl:text>
          <xsl:for-each select="a:link[@rel='http://opds-spec.org/acquisition']">
            <xsl:if test="position() &gt; 1"> · </xsl:if>
            <a href="{@href}">
              <xsl:choose>
                <xsl:when test="@type='application/epub+zip'">EPUB</xsl:when>
                <xsl:when test="@type='application/pdf'">PDF</xsl:when>
                <xsl:otherwise><xsl:value-of select="@type"/></xsl:otherwise>
              </xsl:choose>
            </a>
          </xsl:for-each>
        </p>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- A summary of type="html" shown as plain text: tags dropped, the usual entities read. -->
  <xsl:template name="text">
    <xsl:param name="html"/>
    <xsl:choose>
      <xsl:when test="contains($html, '&lt;')">
        <xsl:call-template name="entities">
          <xsl:with-param name="s" select="substring-before($html, '&lt;')"/>
        </xsl:call-template>
        <xsl:text> </xsl:text>
        <xsl:call-template name="text">
          <xsl:with-param name="html" select="substring-after(substring-after($html, '&lt;'), '&gt;')"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="entities">
          <xsl:with-param name="s" select="$html"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="entities">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="contains($s, '&amp;amp;')">
        <xsl:call-template name="entities"><xsl:with-param name="s" select="substring-before($s, '&amp;amp;')"/></xsl:call-template>
        <xsl:text>&amp;</xsl:text>
        <xsl:call-template name="entities"><xsl:with-param name="s" select="substring-after($s, '&amp;amp;')"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="contains($s, '&amp;lt;')">
        <xsl:call-template name="entities"><xsl:with-param name="s" select="substring-before($s, '&amp;lt;')"/></xsl:call-template>
        <xsl:text>&lt;</xsl:text>
        <xsl:call-template name="entities"><xsl:with-param name="s" select="substring-after($s, '&amp;lt;')"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="contains($s, '&amp;gt;')">
        <xsl:call-template name="entities"><xsl:with-param name="s" select="substring-before($s, '&amp;gt;')"/></xsl:call-template>
        <xsl:text>&gt;</xsl:text>
        <xsl:call-template name="entities"><xsl:with-param name="s" select="substring-after($s, '&amp;gt;')"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="contains($s, '&amp;quot;')">
        <xsl:call-template name="entities"><xsl:with-param name="s" select="substring-before($s, '&amp;quot;')"/></xsl:call-template>
        <xsl:text>"</xsl:text>
        <xsl:call-template name="entities"><xsl:with-param name="s" select="substring-after($s, '&amp;quot;')"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
