package org.lokkho.domain.document;

/** What the officer has filled into one section; its shape follows the section kind. */
public sealed interface SectionContent permits TextContent, ListContent, TableContent, SignatureContent {
    SectionContent copy();
}
