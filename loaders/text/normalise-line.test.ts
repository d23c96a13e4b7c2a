import { describe, expect, it } from 'vitest';
import { normaliseLine } from './normalise-line.js';
import { decodeBytes } from './decode-bytes.js';

describe('normaliseLine', () => {
  it('strips markdown heading markers, HTML tags and bold markers but keeps title marks', () => {
    expect(normaliseLine('### **（二）公务接待费**')).toEqual({ text: '（二）公务接待费', heading: true });
    expect(normaliseLine('<b>收入合计</b>\t<b>198260.91</b>').text).toBe('收入合计\t198260.91');
    expect(normaliseLine('<p>依据《工伤保险条例》</p>').text).toBe('依据《工伤保险条例》');
    expect(normaliseLine('关于印发<中等职业教育国家奖学金评审暂行办法的通知>').text).toBe('关于印发<中等职业教育国家奖学金评审暂行办法的通知>');
  });
});

describe('decodeBytes', () => {
  it('accepts UTF-8 with or without a byte-order mark', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('预算')]), 'a.txt')).toBe('预算');
  });
});
