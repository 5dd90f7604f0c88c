// The framework floor of `npm run bench` (scripts/bench/framework-floor.ts): Next.js as it comes.
const config = {};

export default config;
