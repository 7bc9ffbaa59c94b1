import { describe, expect, it } from 'vitest';
import { dottedPath, entryAt, errorAt, readableField } from './field-error.ts';

describe('field errors', () => {
  it('reads the schema’s bracketed paths', () => {
    expect(dottedPath('tenant.federation.domains[0]')).toBe('tenant.federation.domains.0');
    expect(readableField('tenant.federation.domains[0]')).toBe('Your tenant → domain list, entry 1');
    expect(readableField('tenant.domain')).toBe('Your tenant → domain');
  });

  it('finds the message for a field or an entry inside it', () => {
    const problem = { field: 'tenant.federation.domains[1]', message: 'is empty' };
    expect(errorAt(problem, 'tenant.federation.domains')).toBe('is empty');
    expect(errorAt(problem, 'tenant.domain')).toBeUndefined();
    expect(errorAt(null, 'tenant.domain')).toBeUndefined();
    expect(entryAt(problem, 'tenant.federation.domains')).toBe(1);
    expect(entryAt(problem, 'tenant.domain')).toBeUndefined();
  });
});
