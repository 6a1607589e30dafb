/** @type {import('next').NextConfig} */
const nextConfig = { reactStrictMode: true, images: { domains: ['cdn.fernwood.example'] } }

module.exports = nextConfig
