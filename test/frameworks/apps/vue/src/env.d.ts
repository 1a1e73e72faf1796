/// <reference types="jumio-verify/types/vue" />
