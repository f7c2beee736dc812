import type { MetadataRoute } from 'next';
import { robotsRules } from '@/lib/site/sitemap';
import { siteAddress } from '@/lib/site/siteUrl';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return robotsRules(siteAddress(process.env));
}
