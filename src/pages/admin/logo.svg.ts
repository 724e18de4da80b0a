import type { APIRoute } from 'astro';
import { siteSettings } from '../../collections/site';
import { fileResponse } from '../../lib/outputs/fileResponse';
import { loginLogoSvg } from '../../lib/site/loginLogo';

/** /admin/logo.svg: the CMS login page's picture, written from the site settings. */
export const GET: APIRoute = async () => fileResponse(loginLogoSvg(await siteSettings()), 'image/svg+xml');
