import Link from 'next/link';

/** Internal links go through next/link (base path, prefetch); others open as usual. */
export function SmartLink({ href = '', ...rest }: React.ComponentProps<'a'>) {
  if (href.startsWith('/')) return <Link href={href} {...rest} />;
  if (/^https?:/.test(href)) return <a href={href} rel="noopener noreferrer" {...rest} />;
  return <a href={href} {...rest} />;
}
