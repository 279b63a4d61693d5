// Entry of the self-contained script-tag build: `<script src=".../debitura-collect.js">` registers the element.
import './index.js';
