import { render } from 'preact';
import { Panel } from '@/components/panel/panel';

render(<Panel />, document.getElementById('app')!);
