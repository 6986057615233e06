import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  decideNavigation,
  externalUrl,
  isOurPage,
  ourPageAt,
  pageUrl,
  type PageLocations,
} from './navigation';

const rendererDir = resolve('/opt/Outside-In/resources/app.asar/out/renderer');
const built: PageLocations = { rendererDir };
const dev: PageLocations = { rendererDir, devServerUrl: 'http://localhost:5173' };
const fileUrl = (path: string) => pathToFileURL(resolve(path)).href;

describe('our pages', () => {
  it('loads the built pages from the app scheme and recognises them again', () => {
    const consoleUrl = pageUrl('console', built);
    expect(consoleUrl).toBe('app://outside-in/console/index.html');
    expect(ourPageAt(consoleUrl, built)).toBe('console');
    expect(ourPageAt(pageUrl('projector', built), built)).toBe('projector');
  });

  it('keeps hash routes and queries on our pages', () => {
    expect(ourPageAt(`${pageUrl('console', built)}#/w/abc/live`, built)).toBe('console');
    expect(ourPageAt(`${pageUrl('projector', built)}?hub=1`, built)).toBe('projector');
  });

  it('refuses other paths and hosts on the app scheme', () => {
    expect(isOurPage('app://outside-in/phone/index.html', built)).toBe(false);
    expect(isOurPage('app://outside-in/assets/console.js', built)).toBe(false);
    expect(isOurPage('app://outside-in.evil/console/index.html', built)).toBe(false);
    expect(isOurPage('app://evil/console/index.html', built)).toBe(false);
    expect(isOurPage('app://outside-in:8080/console/index.html', built)).toBe(false);
    expect(isOurPage('app://user:pw@outside-in/console/index.html', built)).toBe(false);
  });

  it('no longer takes any file:// URL for one of ours, not even the built page itself', () => {
    for (const url of [
      fileUrl(`${rendererDir}/console/index.html`),
      fileUrl(`${rendererDir}/projector/index.html`),
      fileUrl('/etc/passwd'),
      'file://evil.example/console/index.html',
    ]) {
      expect(isOurPage(url, built), url).toBe(false);
      expect(decideNavigation(url, built), url).toEqual({ action: 'deny' });
    }
  });

  it('accepts the dev server only while developing, and only its page paths', () => {
    expect(pageUrl('console', dev)).toBe('http://localhost:5173/console/index.html');
    expect(ourPageAt('http://localhost:5173/console/index.html#/w/1', dev)).toBe('console');
    expect(isOurPage('http://localhost:5173/console/index.html', built)).toBe(false);
    expect(isOurPage('http://localhost:5173/other.html', dev)).toBe(false);
    expect(isOurPage('http://localhost:5174/console/index.html', dev)).toBe(false);
    expect(isOurPage('http://user:pw@localhost:5173/console/index.html', dev)).toBe(false);
    // While developing the pages come from the dev server only: a stale build is not ours.
    expect(isOurPage('app://outside-in/console/index.html', dev)).toBe(false);
  });

  it('refuses script, data and foreign web URLs', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'https://example.com/console/index.html',
      'http://127.0.0.1:4870/console/index.html',
      'about:blank',
      'not a url',
      '',
    ]) {
      expect(isOurPage(url, built), url).toBe(false);
      expect(isOurPage(url, dev), url).toBe(false);
    }
  });
});

describe('links that leave the app', () => {
  it('lets http, https and mailto through, normalised', () => {
    expect(externalUrl('https://example.com/guide')).toBe('https://example.com/guide');
    expect(externalUrl('HTTP://Example.com')).toBe('http://example.com/');
    expect(externalUrl('mailto:team@example.com?subject=Plan')).toBe('mailto:team@example.com?subject=Plan');
  });

  it('refuses every other protocol and malformed input', () => {
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,hi',
      'smb://server/share',
      'ms-settings:',
      'vbscript:msgbox',
      'https://',
      '//example.com',
      'example.com',
      'https://user:secret@example.com/',
      `https://example.com/${'a'.repeat(3000)}`,
    ]) {
      expect(externalUrl(url), url).toBeNull();
    }
    expect(externalUrl(42)).toBeNull();
    expect(externalUrl(undefined)).toBeNull();
  });

  it('decides navigation: our pages stay, web links go to the browser, the rest is refused', () => {
    expect(decideNavigation(`${pageUrl('console', built)}#/`, built)).toEqual({ action: 'allow' });
    expect(decideNavigation('https://example.com/', built)).toEqual({
      action: 'open-externally',
      url: 'https://example.com/',
    });
    expect(decideNavigation('javascript:alert(1)', built)).toEqual({ action: 'deny' });
    expect(decideNavigation(fileUrl('/tmp/evil.html'), built)).toEqual({ action: 'deny' });
  });
});
