import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Both cores run test files at once: a Fluent dialog can take more than the default second to mount on a busy
// machine. findBy/waitFor still fail when what they wait for never comes.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());
