import { render } from 'preact';
import { pickInterfaceLanguage } from '../core/languages';
import { startI18n } from '../i18n';
import { Shell } from './shell';
import './styles.css';

const language = pickInterfaceLanguage(navigator.languages) ?? 'nl';
await startI18n(language);
render(<Shell />, document.getElementById('app')!);
