// The site's style sheets, imported once by each kind of document (both editions' pages, the 404 page).
import 'katex/dist/katex.min.css';
import '@/components/charts/charts.css';
import '@/components/widget/widget.css';
import './globals.css';
import './search.css';
