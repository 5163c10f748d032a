import { describe, expect, it } from 'vitest';
import { LogoTypeSchema, sniffLogoType } from './logo.js';

const text = (value: string) => new TextEncoder().encode(value);

describe('sniffLogoType', () => {
  it('knows PNG, JPEG and WebP by their signature', () => {
    expect(sniffLogoType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffLogoType(new Uint8Array([0xff, 0xd8, 0xff, 0xdb]))).toBe('image/jpeg');
    expect(sniffLogoType(text('RIFF\x10\x00\x00\x00WEBPVP8 '))).toBe('image/webp');
    expect(sniffLogoType(text('RIFF\x10\x00\x00\x00WAVEfmt '))).toBeNull();
    expect(sniffLogoType(text('GIF89a'))).toBeNull();
    expect(sniffLogoType(new Uint8Array([0x89, 0x50, 0x4e]))).toBeNull();
  });

  it('knows an SVG by its root element in the SVG namespace, after a declaration and comments', () => {
    expect(sniffLogoType(text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>'))).toBe('image/svg+xml');
    expect(sniffLogoType(text('\uFEFF<?xml version="1.0"?>\n<!-- logo -->\n<svg\n  width="10" xmlns=\'http://www.w3.org/2000/svg\'>'))).toBe('image/svg+xml');
    expect(sniffLogoType(text('<svg viewBox="0 0 1 1"/>'))).toBeNull();
    expect(sniffLogoType(text('<!DOCTYPE svg><svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffLogoType(text('<html><svg xmlns="http://www.w3.org/2000/svg"/></html>'))).toBeNull();
    expect(sniffLogoType(text('<svgx xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffLogoType(new Uint8Array([0x3c, 0x73, 0x76, 0x67, 0xff, 0xfe]))).toBeNull();
  });
});

describe('LogoTypeSchema', () => {
  it('reads the media type of a Content-Type, parameters and case aside', () => {
    expect(LogoTypeSchema.parse('Image/SVG+XML; charset=utf-8')).toBe('image/svg+xml');
    expect(LogoTypeSchema.safeParse('image/gif').success).toBe(false);
    expect(LogoTypeSchema.safeParse('').success).toBe(false);
  });
});
