/** @type {import('next').NextConfig} */
export default { transpilePackages: ['@eventful/ui'] }
