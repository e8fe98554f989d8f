import { isPublicAddress, webhookUrlProblem } from './webhook-url';

describe('where webhooks may be sent', () => {
  it('in production: https to public hosts only', () => {
    expect(webhookUrlProblem('https://erp.example.com/hooks', false)).toBeNull();
    expect(webhookUrlProblem('https://93.184.216.34/hooks', false)).toBeNull();
    for (const url of [
      'http://erp.example.com/hooks',
      'http://localhost:3000/hooks',
      'https://localhost/hooks',
      'https://127.0.0.1/hooks',
      'https://10.1.2.3/hooks',
      'https://172.20.0.1/hooks',
      'https://192.168.1.10/hooks',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/hooks',
      'https://[fd00::1]/hooks',
      'https://[::ffff:10.0.0.1]/hooks',
      'ftp://erp.example.com/hooks',
    ]) {
      expect([url, webhookUrlProblem(url, false)]).toEqual([url, expect.any(String)]);
    }
  });

  it('in development: also http to localhost and private addresses', () => {
    expect(webhookUrlProblem('http://localhost:3000/hooks', true)).toBeNull();
    expect(webhookUrlProblem('http://127.0.0.1:3000/hooks', true)).toBeNull();
    expect(webhookUrlProblem('https://192.168.1.10/hooks', true)).toBeNull();
    expect(webhookUrlProblem('http://erp.example.com/hooks', true)).toMatch(/https/);
  });

  it('classifies resolved addresses', () => {
    expect(isPublicAddress('93.184.216.34')).toBe(true);
    expect(isPublicAddress('2606:2800:220:1::1')).toBe(true);
    for (const address of [
      '127.0.0.1',
      '10.0.0.8',
      '100.64.0.1',
      '169.254.169.254',
      '::1',
      'fe80::1',
      '::ffff:192.168.0.1',
    ]) {
      expect([address, isPublicAddress(address)]).toEqual([address, false]);
    }
  });
});
