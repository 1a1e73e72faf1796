import { createApp } from 'vue';
import 'jumio-verify';
import App from './App.vue';

createApp(App).mount('#app');
