import { mount } from 'svelte';
import 'jumio-verify';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
