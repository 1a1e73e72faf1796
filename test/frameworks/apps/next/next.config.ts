import type { NextConfig } from 'next';

// The check builds a standalone app in a temp dir: no lint step of Next's own, strict types.
const config: NextConfig = { typescript: { ignoreBuildErrors: false } };

export default config;
