/// <reference types="jumio-verify/types/react" />
