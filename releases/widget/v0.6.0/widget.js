function e(e,t){customElements.get(e)||customElements.define(e,t)}function t(){let e=globalThis.scheduler;return typeof e?.yield==`function`?e.yield():new Promise(e=>setTimeout(e,0))}var n=globalThis,r=n.ShadowRoot&&(n.ShadyCSS===void 0||n.ShadyCSS.nativeShadow)&&`adoptedStyleSheets`in Document.prototype&&`replace`in CSSStyleSheet.prototype,i=Symbol(),a=/* @__PURE__ */ new WeakMap,o=class{constructor(e,t,n){if(this._$cssResult$=!0,n!==i)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o,t=this.t;if(r&&e===void 0){let n=t!==void 0&&t.length===1;n&&(e=a.get(t)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),n&&a.set(t,e))}return e}toString(){return this.cssText}},s=e=>new o(typeof e==`string`?e:e+``,void 0,i),c=(e,...t)=>new o(e.length===1?e[0]:t.reduce((t,n,r)=>t+(e=>{if(!0===e._$cssResult$)return e.cssText;if(typeof e==`number`)return e;throw Error(`Value passed to 'css' function must be a 'css' function result: `+e+`. Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.`)})(n)+e[r+1],e[0]),e,i),l=(e,t)=>{if(r)e.adoptedStyleSheets=t.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let r of t){let t=document.createElement(`style`),i=n.litNonce;i!==void 0&&t.setAttribute(`nonce`,i),t.textContent=r.cssText,e.appendChild(t)}},u=r?e=>e:e=>e instanceof CSSStyleSheet?(e=>{let t=``;for(let n of e.cssRules)t+=n.cssText;return s(t)})(e):e,d,{is:ee,defineProperty:te,getOwnPropertyDescriptor:ne,getOwnPropertyNames:re,getOwnPropertySymbols:ie,getPrototypeOf:ae}=Object,f=globalThis,oe=f.trustedTypes,se=oe?oe.emptyScript:``,ce=f.reactiveElementPolyfillSupport,p=(e,t)=>e,m={toAttribute(e,t){switch(t){case Boolean:e=e?se:null;break;case Object:case Array:e=e==null?e:JSON.stringify(e)}return e},fromAttribute(e,t){let n=e;switch(t){case Boolean:n=e!==null;break;case Number:n=e===null?null:Number(e);break;case Object:case Array:try{n=JSON.parse(e)}catch{n=null}}return n}},h=(e,t)=>!ee(e,t),le={attribute:!0,type:String,converter:m,reflect:!1,useDefault:!1,hasChanged:h};(d=Symbol).metadata??(d.metadata=Symbol(`metadata`)),f.litPropertyMetadata??(f.litPropertyMetadata=/* @__PURE__ */ new WeakMap);var g=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??(this.l=[])).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=le){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){let n=Symbol(),r=this.getPropertyDescriptor(e,n,t);r!==void 0&&te(this.prototype,e,r)}}static getPropertyDescriptor(e,t,n){let{get:r,set:i}=ne(this.prototype,e)??{get(){return this[t]},set(e){this[t]=e}};return{get:r,set(t){let a=r?.call(this);i?.call(this,t),this.requestUpdate(e,a,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??le}static _$Ei(){if(this.hasOwnProperty(p(`elementProperties`)))return;let e=ae(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(p(`finalized`)))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(p(`properties`))){let e=this.properties,t=[...re(e),...ie(e)];for(let n of t)this.createProperty(n,e[n])}let e=this[Symbol.metadata];if(e!==null){let t=litPropertyMetadata.get(e);if(t!==void 0)for(let[e,n]of t)this.elementProperties.set(e,n)}this._$Eh=/* @__PURE__ */ new Map;for(let[e,t]of this.elementProperties){let n=this._$Eu(e,t);n!==void 0&&this._$Eh.set(n,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){let t=[];if(Array.isArray(e)){let n=new Set(e.flat(1/0).reverse());for(let e of n)t.unshift(u(e))}else e!==void 0&&t.push(u(e));return t}static _$Eu(e,t){let n=t.attribute;return!1===n?void 0:typeof n==`string`?n:typeof e==`string`?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=/* @__PURE__ */ new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??(this._$EO=/* @__PURE__ */ new Set)).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){let e=/* @__PURE__ */ new Map,t=this.constructor.elementProperties;for(let n of t.keys())this.hasOwnProperty(n)&&(e.set(n,this[n]),delete this[n]);e.size>0&&(this._$Ep=e)}createRenderRoot(){let e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return l(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??(this.renderRoot=this.createRenderRoot()),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,n){this._$AK(e,n)}_$ET(e,t){let n=this.constructor.elementProperties.get(e),r=this.constructor._$Eu(e,n);if(r!==void 0&&!0===n.reflect){let i=(n.converter?.toAttribute===void 0?m:n.converter).toAttribute(t,n.type);this._$Em=e,i==null?this.removeAttribute(r):this.setAttribute(r,i),this._$Em=null}}_$AK(e,t){let n=this.constructor,r=n._$Eh.get(e);if(r!==void 0&&this._$Em!==r){let e=n.getPropertyOptions(r),i=typeof e.converter==`function`?{fromAttribute:e.converter}:e.converter?.fromAttribute===void 0?m:e.converter;this._$Em=r;let a=i.fromAttribute(t,e.type);this[r]=a??this._$Ej?.get(r)??a,this._$Em=null}}requestUpdate(e,t,n,r=!1,i){if(e!==void 0){let a=this.constructor;if(!1===r&&(i=this[e]),n??(n=a.getPropertyOptions(e)),!((n.hasChanged??h)(i,t)||n.useDefault&&n.reflect&&i===this._$Ej?.get(e)&&!this.hasAttribute(a._$Eu(e,n))))return;this.C(e,t,n)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(e,t,{useDefault:n,reflect:r,wrapped:i},a){n&&!(this._$Ej??(this._$Ej=/* @__PURE__ */ new Map)).has(e)&&(this._$Ej.set(e,a??t??this[e]),!0!==i||a!==void 0)||(this._$AL.has(e)||(this.hasUpdated||n||(t=void 0),this._$AL.set(e,t)),!0===r&&this._$Em!==e&&(this._$Eq??(this._$Eq=/* @__PURE__ */ new Set)).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??(this.renderRoot=this.createRenderRoot()),this._$Ep){for(let[e,t]of this._$Ep)this[e]=t;this._$Ep=void 0}let e=this.constructor.elementProperties;if(e.size>0)for(let[t,n]of e){let{wrapped:e}=n,r=this[t];!0!==e||this._$AL.has(t)||r===void 0||this.C(t,void 0,n,r)}}let e=!1,t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(t){throw e=!1,this._$EM(),t}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=/* @__PURE__ */ new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&(this._$Eq=this._$Eq.forEach(e=>this._$ET(e,this[e]))),this._$EM()}updated(e){}firstUpdated(e){}};g.elementStyles=[],g.shadowRootOptions={mode:`open`},g[p(`elementProperties`)]=/* @__PURE__ */ new Map,g[p(`finalized`)]=/* @__PURE__ */ new Map,ce?.({ReactiveElement:g}),(f.reactiveElementVersions??(f.reactiveElementVersions=[])).push(`2.1.2`);var _=globalThis,ue=e=>e,v=_.trustedTypes,y=v?v.createPolicy(`lit-html`,{createHTML:e=>e}):void 0,b=`$lit$`,x=`lit$${Math.random().toFixed(9).slice(2)}$`,de=`?`+x,fe=`<${de}>`,S=document,C=()=>S.createComment(``),w=e=>e===null||typeof e!=`object`&&typeof e!=`function`,T=Array.isArray,pe=e=>T(e)||typeof e?.[Symbol.iterator]==`function`,E=`[ 	
\f\r]`,D=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,me=/-->/g,he=/>/g,O=RegExp(`>|${E}(?:([^\\s"'>=/]+)(${E}*=${E}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,`g`),ge=/'/g,_e=/"/g,ve=/^(?:script|style|textarea|title)$/i,k=(e=>(t,...n)=>({_$litType$:e,strings:t,values:n}))(1),A=Symbol.for(`lit-noChange`),j=Symbol.for(`lit-nothing`),M=/* @__PURE__ */ new WeakMap,N=S.createTreeWalker(S,129);function P(e,t){if(!T(e)||!e.hasOwnProperty(`raw`))throw Error(`invalid template strings array`);return y===void 0?t:y.createHTML(t)}var ye=(e,t)=>{let n=e.length-1,r=[],i,a=t===2?`<svg>`:t===3?`<math>`:``,o=D;for(let t=0;t<n;t++){let n=e[t],s,c,l=-1,u=0;for(;u<n.length&&(o.lastIndex=u,c=o.exec(n),c!==null);)u=o.lastIndex,o===D?c[1]===`!--`?o=me:c[1]===void 0?c[2]===void 0?c[3]!==void 0&&(o=O):(ve.test(c[2])&&(i=RegExp(`</`+c[2],`g`)),o=O):o=he:o===O?c[0]===`>`?(o=i??D,l=-1):c[1]===void 0?l=-2:(l=o.lastIndex-c[2].length,s=c[1],o=c[3]===void 0?O:c[3]===`"`?_e:ge):o===_e||o===ge?o=O:o===me||o===he?o=D:(o=O,i=void 0);let d=o===O&&e[t+1].startsWith(`/>`)?` `:``;a+=o===D?n+fe:l>=0?(r.push(s),n.slice(0,l)+b+n.slice(l)+x+d):n+x+(l===-2?t:d)}return[P(e,a+(e[n]||`<?>`)+(t===2?`</svg>`:t===3?`</math>`:``)),r]},F=class e{constructor({strings:t,_$litType$:n},r){let i;this.parts=[];let a=0,o=0,s=t.length-1,c=this.parts,[l,u]=ye(t,n);if(this.el=e.createElement(l,r),N.currentNode=this.el.content,n===2||n===3){let e=this.el.content.firstChild;e.replaceWith(...e.childNodes)}for(;(i=N.nextNode())!==null&&c.length<s;){if(i.nodeType===1){if(i.hasAttributes())for(let e of i.getAttributeNames())if(e.endsWith(b)){let t=u[o++],n=i.getAttribute(e).split(x),r=/([.?@])?(.*)/.exec(t);c.push({type:1,index:a,name:r[2],strings:n,ctor:r[1]===`.`?xe:r[1]===`?`?Se:r[1]===`@`?Ce:R}),i.removeAttribute(e)}else e.startsWith(x)&&(c.push({type:6,index:a}),i.removeAttribute(e));if(ve.test(i.tagName)){let e=i.textContent.split(x),t=e.length-1;if(t>0){i.textContent=v?v.emptyScript:``;for(let n=0;n<t;n++)i.append(e[n],C()),N.nextNode(),c.push({type:2,index:++a});i.append(e[t],C())}}}else if(i.nodeType===8){if(i.data===de)c.push({type:2,index:a});else{let e=-1;for(;(e=i.data.indexOf(x,e+1))!==-1;)c.push({type:7,index:a}),e+=x.length-1}}a++}}static createElement(e,t){let n=S.createElement(`template`);return n.innerHTML=e,n}};function I(e,t,n=e,r){if(t===A)return t;let i=r===void 0?n._$Cl:n._$Co?.[r],a=w(t)?void 0:t._$litDirective$;return i?.constructor!==a&&(i?._$AO?.(!1),a===void 0?i=void 0:(i=new a(e),i._$AT(e,n,r)),r===void 0?n._$Cl=i:(n._$Co??(n._$Co=[]))[r]=i),i!==void 0&&(t=I(e,i._$AS(e,t.values),i,r)),t}var be=class{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:t},parts:n}=this._$AD,r=(e?.creationScope??S).importNode(t,!0);N.currentNode=r;let i=N.nextNode(),a=0,o=0,s=n[0];for(;s!==void 0;){if(a===s.index){let t;s.type===2?t=new L(i,i.nextSibling,this,e):s.type===1?t=new s.ctor(i,s.name,s.strings,this,e):s.type===6&&(t=new we(i,this,e)),this._$AV.push(t),s=n[++o]}a!==s?.index&&(i=N.nextNode(),a++)}return N.currentNode=S,r}p(e){let t=0;for(let n of this._$AV)n!==void 0&&(n.strings===void 0?n._$AI(e[t]):(n._$AI(e,n,t),t+=n.strings.length-2)),t++}},L=class e{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,n,r){this.type=2,this._$AH=j,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=n,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,t=this._$AM;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=I(this,e,t),w(e)?e===j||e==null||e===``?(this._$AH!==j&&this._$AR(),this._$AH=j):e!==this._$AH&&e!==A&&this._(e):e._$litType$===void 0?e.nodeType===void 0?pe(e)?this.k(e):this._(e):this.T(e):this.$(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==j&&w(this._$AH)?this._$AA.nextSibling.data=e:this.T(S.createTextNode(e)),this._$AH=e}$(e){let{values:t,_$litType$:n}=e,r=typeof n==`number`?this._$AC(e):(n.el===void 0&&(n.el=F.createElement(P(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===r)this._$AH.p(t);else{let e=new be(r,this),n=e.u(this.options);e.p(t),this.T(n),this._$AH=e}}_$AC(e){let t=M.get(e.strings);return t===void 0&&M.set(e.strings,t=new F(e)),t}k(t){T(this._$AH)||(this._$AH=[],this._$AR());let n=this._$AH,r,i=0;for(let a of t)i===n.length?n.push(r=new e(this.O(C()),this.O(C()),this,this.options)):r=n[i],r._$AI(a),i++;i<n.length&&(this._$AR(r&&r._$AB.nextSibling,i),n.length=i)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){let t=ue(e).nextSibling;ue(e).remove(),e=t}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},R=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,n,r,i){this.type=1,this._$AH=j,this._$AN=void 0,this.element=e,this.name=t,this._$AM=r,this.options=i,n.length>2||n[0]!==``||n[1]!==``?(this._$AH=Array(n.length-1).fill(/* @__PURE__ */ new String),this.strings=n):this._$AH=j}_$AI(e,t=this,n,r){let i=this.strings,a=!1;if(i===void 0)e=I(this,e,t,0),a=!w(e)||e!==this._$AH&&e!==A,a&&(this._$AH=e);else{let r=e,o,s;for(e=i[0],o=0;o<i.length-1;o++)s=I(this,r[n+o],t,o),s===A&&(s=this._$AH[o]),a||(a=!w(s)||s!==this._$AH[o]),s===j?e=j:e!==j&&(e+=(s??``)+i[o+1]),this._$AH[o]=s}a&&!r&&this.j(e)}j(e){e===j?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??``)}},xe=class extends R{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===j?void 0:e}},Se=class extends R{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==j)}},Ce=class extends R{constructor(e,t,n,r,i){super(e,t,n,r,i),this.type=5}_$AI(e,t=this){if((e=I(this,e,t,0)??j)===A)return;let n=this._$AH,r=e===j&&n!==j||e.capture!==n.capture||e.once!==n.once||e.passive!==n.passive,i=e!==j&&(n===j||r);r&&this.element.removeEventListener(this.name,this,n),i&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH==`function`?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},we=class{constructor(e,t,n){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(e){I(this,e)}},Te=_.litHtmlPolyfillSupport;Te?.(F,L),(_.litHtmlVersions??(_.litHtmlVersions=[])).push(`3.3.3`);var Ee=(e,t,n)=>{let r=n?.renderBefore??t,i=r._$litPart$;if(i===void 0){let e=n?.renderBefore??null;r._$litPart$=i=new L(t.insertBefore(C(),e),e,void 0,n??{})}return i._$AI(e),i},z=globalThis,B=class extends g{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){var e;let t=super.createRenderRoot();return(e=this.renderOptions).renderBefore??(e.renderBefore=t.firstChild),t}update(e){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=Ee(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return A}};B._$litElement$=!0,B.finalized=!0,z.litElementHydrateSupport?.({LitElement:B});var De=z.litElementPolyfillSupport;De?.({LitElement:B}),(z.litElementVersions??(z.litElementVersions=[])).push(`4.2.2`);var Oe={attribute:!0,type:String,converter:m,reflect:!1,hasChanged:h},ke=(e=Oe,t,n)=>{let{kind:r,metadata:i}=n,a=globalThis.litPropertyMetadata.get(i);if(a===void 0&&globalThis.litPropertyMetadata.set(i,a=/* @__PURE__ */ new Map),r===`setter`&&((e=Object.create(e)).wrapped=!0),a.set(n.name,e),r===`accessor`){let{name:r}=n;return{set(n){let i=t.get.call(this);t.set.call(this,n),this.requestUpdate(r,i,e,!0,n)},init(t){return t!==void 0&&this.C(r,void 0,e,t),t}}}if(r===`setter`){let{name:r}=n;return function(n){let i=this[r];t.call(this,n),this.requestUpdate(r,i,e,!0,n)}}throw Error(`Unsupported decorator location: `+r)};function V(e){return(t,n)=>typeof n==`object`?ke(e,t,n):((e,t,n)=>{let r=t.hasOwnProperty(n);return t.constructor.createProperty(n,e),r?Object.getOwnPropertyDescriptor(t,n):void 0})(e,t,n)}function H(e){return V({...e,state:!0,attribute:!1})}var Ae=(e,t,n)=>(n.configurable=!0,n.enumerable=!0,Reflect.decorate&&typeof t!=`object`&&Object.defineProperty(e,t,n),n);function je(e,t){return(n,r,i)=>{let a=t=>t.renderRoot?.querySelector(e)??null;if(t){let{get:e,set:t}=typeof r==`object`?n:i??(()=>{let e=Symbol();return{get(){return this[e]},set(t){this[e]=t}}})();return Ae(n,r,{get(){let n=e.call(this);return n===void 0&&(n=a(this),(n!==null||this.hasUpdated)&&t.call(this,n)),n}})}return Ae(n,r,{get(){return a(this)}})}}var Me=[`pas-bien`,`moyen`,`tres-bien`],Ne=[`accessibilite`,`accueil`,`attente`,`efficacite`,`en-ligne`],Pe=[1,2,3,4,5],Fe=1e3,Ie=/^[a-z0-9][a-z0-9-]{0,39}$/,U=[`mairie`,`etat-civil`,`ccas`,`bibliotheque`,`ecole`,`petite-enfance`,`transport`,`dechets`,`urbanisme`,`police-municipale`,`sport`,`culture`,`site-internet`,`autre`],W=[`guichet`,`telephone`,`courriel`,`courrier`,`en-ligne`,`autre`],Le=`De façon générale, comment ça s’est passé ?`,Re={"pas-bien":`Pas bien`,moyen:`Moyen`,"tres-bien":`Très bien`},ze={accessibilite:`Accessibilité du service (horaires, lieu, téléphone)`,accueil:`Accueil et courtoisie`,attente:`Temps d’attente`,efficacite:`Efficacité (réponse claire, demande traitée)`,"en-ligne":`Démarches en ligne`},Be={1:`Très insatisfait`,2:`Insatisfait`,3:`Moyennement satisfait`,4:`Satisfait`,5:`Très satisfait`},Ve=`Non concerné`,He={mairie:`Mairie`,"etat-civil":`État civil`,ccas:`CCAS (action sociale)`,bibliotheque:`Bibliothèque, médiathèque`,ecole:`École, périscolaire`,"petite-enfance":`Petite enfance`,transport:`Transports`,dechets:`Déchets, propreté`,urbanisme:`Urbanisme`,"police-municipale":`Police municipale`,sport:`Équipements sportifs`,culture:`Culture`,"site-internet":`Site internet`,autre:`Autre service`},Ue={guichet:`Au guichet`,telephone:`Par téléphone`,courriel:`Par courriel`,courrier:`Par courrier`,"en-ligne":`En ligne`,autre:`Autre`},We=/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;function Ge(e){let t=e.slice(1).toLowerCase();return`#${t.length===3?[...t].map(e=>e+e).join(``):t}`}function Ke(e){let t=Ge(e).slice(1),[n,r,i]=[0,2,4].map(e=>{let n=parseInt(t.slice(e,e+2),16)/255;return n<=.04045?n/12.92:((n+.055)/1.055)**2.4});return .2126*n+.7152*r+.0722*i}function qe(e,t){let[n,r]=[Ke(e),Ke(t)].sort((e,t)=>t-e);return(n+.05)/(r+.05)}function Je(e){return We.test(e)&&qe(e,`#ffffff`)>=4.5}var Ye=/^commune:(?:\d{2}|2[AB])\d{3}$/,Xe=/^epci:\d{9}$/,Ze=/^departement:(?:\d{2}|2[AB]|9[78]\d)$/;function Qe(e){return Ye.test(e)||Xe.test(e)||Ze.test(e)}var $e=e=>`barometre-citoyen:answered:${e}`;function et(e,t=Date.now()){try{let n=Number(localStorage.getItem($e(e)));return Number.isFinite(n)&&n>0&&n<=t&&t-n<2592e6}catch{return!1}}function tt(e,t=Date.now()){try{localStorage.setItem($e(e),String(t))}catch{}}var nt={title:`Votre avis sur ce service public`,intro:`Deux minutes, anonyme : vos réponses aident votre collectivité à améliorer son accueil.`,overall:{question:Le,levels:Re},service:{label:`Quel service avez-vous contacté ?`,rated:`Service évalué :`,choose:`Choisissez un service`,required:`Choisissez d’abord le service concerné.`,options:He},channel:{label:`Comment l’avez-vous contacté ?`,choose:`Choisissez (facultatif)`,options:Ue},criteria:{intro:`Merci ! Votre réponse est enregistrée. Pour aller plus loin, notez chaque point (facultatif).`,scale:`De 1 (très insatisfait) à 5 (très satisfait).`,labels:ze,levels:{...Be,nc:Ve}},comment:{label:`Un commentaire ? (facultatif)`,warning:`N’indiquez pas de nom, d’adresse, de téléphone ni d’autre donnée personnelle.`},submit:`Envoyer mon avis`,thanks:{title:`Merci pour votre avis !`,sent:`Votre réponse a bien été enregistrée.`,queued:`Votre réponse sera envoyée dès que la connexion sera rétablie.`},status:{recorded:`Réponse enregistrée.`,queued:`Pas de connexion : votre réponse est gardée et sera envoyée plus tard.`},refused:`Votre réponse n’a pas pu être enregistrée : ce questionnaire est mal configuré sur ce site.`,misconfigured:`Ce questionnaire est mal configuré (attribut « {{attribute}} »).`,button:{open:`Donnez votre avis`,close:`Fermer`},kiosk:{next:`Nouvelle réponse`,reset:`Le questionnaire se remet à zéro dans quelques secondes pour la personne suivante.`,attract:`Votre avis aide à améliorer l’accueil. Touchez une réponse pour commencer\xA0: c’est anonyme.`}},rt=[`fr`,`en`,`es`,`de`,`it`,`pt`,`ar`,`fr-falc`],it=[`ar`],at={"fr-falc":`fr-falc`,"fr-x-falc":`fr-falc`,falc:`fr-falc`},ot=(e,t)=>Object.prototype.hasOwnProperty.call(e,t);function st(e){for(let t of e){let e=t?.trim().toLowerCase();if(!e)continue;if(ot(at,e))return at[e];let n=e.split(`-`)[0]??``,r=rt.find(e=>e===n);if(r)return r}return`fr`}function ct(e){return it.includes(e)?`rtl`:`ltr`}var lt={en:()=>import(`./widget/chunks/en-8HiThRMU.js`),es:()=>import(`./widget/chunks/es-COoZix3F.js`),de:()=>import(`./widget/chunks/de-Seb_0dvG.js`),it:()=>import(`./widget/chunks/it-CvFhdfYT.js`),pt:()=>import(`./widget/chunks/pt-BHO33hF2.js`),ar:()=>import(`./widget/chunks/ar-DlcLN7QL.js`),"fr-falc":()=>import(`./widget/chunks/fr-falc-x1pDmRRJ.js`)},G=/* @__PURE__ */ new Map([[`fr`,nt]]),K,q;function ut(){return q??(q=import(`./widget/chunks/i18next-layer-DRZL23cD.js`).then(e=>{K=e},()=>{q=void 0})),q}async function dt(e){if(G.has(e))return!0;let t=lt[e];if(!t)return!1;try{return G.set(e,(await t()).strings),!0}catch{return!1}}function ft(e,t){let n=e;for(let e of t.split(`.`))n=n&&typeof n==`object`?n[e]:void 0;return typeof n==`string`?n:void 0}function pt(e,t){let n=G.get(e);return(r,i)=>i?K?K.translate(G,e,`fr`,r,i):(ut().then(t),``):ft(n,r)??ft(nt,r)??r}var mt=class{constructor(e,t){this.host=e,this.requested=t,this.t=pt(`fr`,()=>this.host.requestUpdate()),this.locale=`fr`,this.settled=!1,this.latest=`fr`,e.addController(this)}get language(){return this.locale===`fr-falc`?`fr`:this.locale}get dir(){return ct(this.locale)}hostConnected(){this.update()}prepare(){ut()}async update(){let e=st([this.requested(),document.documentElement.lang,...navigator.languages]);this.latest=e;let t=e!==this.locale&&await dt(e)&&this.latest===e;t&&(this.locale=e,this.t=pt(e,()=>this.host.requestUpdate())),(t||!this.settled)&&(this.settled=!0,this.host.requestUpdate())}},J;function ht(){return J??(J=import(`./widget/chunks/outbox-BcsWxeCn.js`).catch(e=>{throw J=void 0,e})),J}function gt(e){`requestIdleCallback`in window?requestIdleCallback(e,{timeout:2e3}):setTimeout(e,200)}function Y(e,t,n){e.dispatchEvent(new CustomEvent(t,{detail:n,bubbles:!0,composed:!0}))}var _t=`button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])`;function vt(e,t){if(e.key!==`Tab`)return;let n=[...t.querySelectorAll(_t)].filter(e=>{if(!(e instanceof HTMLInputElement)||e.type!==`radio`)return!0;let n=[...t.querySelectorAll(`input[type="radio"][name="${e.name}"]`)];return e===(n.find(e=>e.checked)??n[0])}),r=n[0],i=n[n.length-1],a=t.getRootNode().activeElement;e.shiftKey&&(a===r||!t.contains(a))?(e.preventDefault(),i?.focus()):!e.shiftKey&&a===i&&(e.preventDefault(),r?.focus())}function yt(){if(typeof crypto.randomUUID==`function`)return crypto.randomUUID();let e=crypto.getRandomValues(/* @__PURE__ */ new Uint8Array(16));e[6]=(e[6]??0)&15|64,e[8]=(e[8]??0)&63|128;let t=Array.from(e,e=>e.toString(16).padStart(2,`0`)).join(``);return`${t.slice(0,8)}-${t.slice(8,12)}-${t.slice(12,16)}-${t.slice(16,20)}-${t.slice(20)}`}var bt=[c`
  .root {
    all: initial;
    display: block;
    font-family: var(--barometre-font, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: max(16px, 1rem);
    line-height: 1.5;
    color: var(--barometre-text, #161616);
    text-align: start;
  }
`,c`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`,c`
  :host {
    display: block;
    --barometre-accent: #000091;
    --barometre-accent-contrast: #ffffff;
    --barometre-text: #161616;
    --barometre-muted: #3a3a3a;
    --barometre-background: #ffffff;
    --barometre-border: #929292;
    --barometre-focus: #000091;
    --barometre-error: #ce0500;
    --barometre-radius: 0.5em;
    --barometre-font: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  }
  /* The preset of the State design system (DSFR): square corners, Marianne, its blue focus ring. */
  :host([theme='dsfr']) {
    --barometre-accent: #000091;
    --barometre-text: #161616;
    --barometre-muted: #3a3a3a;
    --barometre-border: #929292;
    --barometre-focus: #0a76f6;
    --barometre-error: #ce0500;
    --barometre-radius: 0;
    --barometre-font: Marianne, arial, sans-serif;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    container-type: inline-size;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    display: block;
    background: var(--barometre-background);
    border: 1px solid var(--barometre-border);
    border-radius: var(--barometre-radius);
    padding: 1.25em;
    max-width: 40em;
  }
  @container (max-width: 22em) {
    .base {
      padding: 0.75em;
    }
  }
  /* A kiosk is a tablet at a counter, read from a metre away: the whole screen, large type and
     targets, the question as the screen that invites the next person. */
  :host([mode='kiosk']) .base {
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-height: 100vh;
    min-height: 100dvh;
    max-width: none;
    border: 0;
    border-radius: 0;
    padding: 1em 6vw;
    font-size: 1.5em;
  }
  :host([mode='kiosk']) .choices {
    gap: 0.75em;
  }
  :host([mode='kiosk']) button.choice {
    flex: 1 1 7em;
    min-height: 3.5em;
  }
  :host([mode='kiosk']) .option span {
    min-height: 3em;
    min-width: 3em;
  }
  .attract {
    font-size: 1.2em;
  }
  /* The three overall answers share one line at every width, their words wrapping inside. */
  .choices.overall {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
  }
  .choices.overall button.choice {
    padding-inline: 0.25em;
    text-align: center;
  }
  h2 {
    font-size: 1.25em;
    line-height: 1.3;
    margin: 0 0 0.5em;
  }
  p {
    margin: 0 0 1em;
  }
  fieldset {
    border: 0;
    margin: 0 0 1.25em;
    padding: 0;
    min-width: 0;
  }
  legend,
  label.field {
    display: block;
    font-weight: 600;
    margin-bottom: 0.5em;
    padding: 0;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .option {
    position: relative;
    display: inline-flex;
  }
  .option input {
    position: absolute;
    opacity: 0;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    cursor: pointer;
  }
  .option span,
  button.choice {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.5em 1em;
    border: 2px solid var(--barometre-accent);
    border-radius: var(--barometre-radius);
    color: var(--barometre-accent);
    background: var(--barometre-background);
    font-weight: 600;
  }
  .option input:checked + span,
  button.choice:hover {
    background: var(--barometre-accent);
    color: var(--barometre-accent-contrast);
  }
  .option input:focus-visible + span,
  select:focus-visible,
  textarea:focus-visible,
  button:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--barometre-focus);
    outline-offset: 2px;
  }
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--barometre-background);
    border: 1px solid var(--barometre-border);
    border-radius: var(--barometre-radius);
    padding: 0.5em;
    min-height: 2.75em;
    width: 100%;
    max-width: 100%;
  }
  textarea {
    min-height: 6em;
    resize: vertical;
  }
  .hint {
    color: var(--barometre-muted);
    font-size: 0.875em;
    margin: 0.25em 0 0;
  }
  .error {
    color: var(--barometre-error);
    font-weight: 600;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.5em 1.5em;
    border: 0;
    border-radius: var(--barometre-radius);
    background: var(--barometre-accent);
    color: var(--barometre-accent-contrast);
    cursor: pointer;
  }
  .launcher {
    position: fixed;
    inset-block-end: 1em;
    inset-inline-end: 1em;
    z-index: 2147483000;
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.3);
  }
  dialog {
    font: inherit;
    color: inherit;
    padding: 0;
    border: 0;
    background: transparent;
    width: min(40em, calc(100% - 1em));
    max-height: calc(100% - 1em);
    overflow: auto;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  dialog .base {
    padding-top: 3.5em;
  }
  .close {
    position: absolute;
    inset-block-start: 0.5em;
    inset-inline-end: 0.5em;
    padding: 0;
    font-size: 1.5em;
    min-width: 1.85em;
    min-height: 1.85em;
    line-height: 1;
    background: transparent;
    color: var(--barometre-text);
  }
  @media (prefers-reduced-motion: no-preference) {
    .option span,
    button {
      transition: background-color 120ms ease-out, color 120ms ease-out;
    }
  }
  @media (forced-colors: active) {
    .option span,
    button {
      transition: none;
    }
    .option input:checked + span {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .option span,
    button {
      border: 2px solid ButtonText;
    }
  }
`];function X(e,t,n,r){var i=arguments.length,a=i<3?t:r===null?r=Object.getOwnPropertyDescriptor(t,n):r,o;if(typeof Reflect==`object`&&typeof Reflect.decorate==`function`)a=Reflect.decorate(e,t,n,r);else for(var s=e.length-1;s>=0;s--)(o=e[s])&&(a=(i<3?o(a):i>3?o(t,n,a):o(t,n))||a);return i>3&&a&&Object.defineProperty(t,n,a),a}var Z,xt=[`inline`,`button`,`kiosk`],St=8e3,Q=9e4,Ct=new URL(import.meta.url).origin,$=class extends B{constructor(...e){super(...e),this.territory=``,this.lang=``,this.mode=`inline`,this.step=`overall`,this.announcement=``,this.serviceError=!1,this.queued=!1,this.answered=!1,this.i18n=new mt(this,()=>this.lang||void 0),this.ids=/* @__PURE__ */ new Set}connectedCallback(){super.connectedCallback(),gt(()=>void this.subscribe().catch(()=>void 0))}disconnectedCallback(){super.disconnectedCallback(),this.unsubscribe?.(),this.unsubscribe=void 0,clearTimeout(this.kioskTimer)}async subscribe(){let e=await ht();this.isConnected&&!this.unsubscribe&&(this.unsubscribe=e.subscribe({owns:e=>this.ids.has(e),notify:e=>this.handleOutboxEvent(e)}))}async scheduleUpdate(){return this.hasUpdated||await t(),super.scheduleUpdate()}willUpdate(e){e.has(`lang`)&&this.i18n.update(),(e.has(`territory`)||e.has(`service`)||e.has(`mode`))&&(this.answered=this.mode===`button`&&et(this.memoryScope)),e.has(`accent`)&&this.applyAccent()}applyAccent(){let e=this.accent?.trim();if(e&&Je(e))return this.style.setProperty(`--barometre-accent`,e);this.style.removeProperty(`--barometre-accent`),e&&console.warn(`<barometre-citoyen>: accent="${e}" is ignored: use #rrggbb or #rgb, reading at 4.5:1 or more on white.`)}get memoryScope(){return`${this.territory}|${this.service??`*`}`}get presetService(){return U.find(e=>e===this.service)}get presetChannel(){return W.find(e=>e===this.channel)}get effectiveSource(){return this.source??(this.mode===`kiosk`?`borne`:`site`)}get misconfiguredAttribute(){if(!Qe(this.territory))return`territory`;if(this.service&&!this.presetService)return`service`;if(this.channel&&!this.presetChannel)return`channel`;if(!xt.includes(this.mode))return`mode`;if(!Ie.test(this.effectiveSource))return`source`}handleOutboxEvent(e){e.name===`barometre-queued`&&(this.queued=!0),e.name===`barometre-sent`&&e.detail.id===this.answer?.id&&(this.queued=!1,this.announcement=this.i18n.t(`status.recorded`)),e.name===`barometre-error`&&e.detail.id===this.answer?.id&&(e.detail.retryable?this.announcement=this.i18n.t(`status.queued`):(this.refusal=e.detail.code,this.announcement=``,console.error(`<barometre-citoyen>: the server refused the answer (${e.detail.code}): ${e.detail.message}`))),Y(this,e.name,e.detail)}async record(e){this.answer=e,this.ids.add(e.id),Y(this,`barometre-submit`,{answer:e}),this.mode===`button`&&tt(this.memoryScope);try{await this.subscribe();let t=this.mode===`kiosk`&&this.kioskKey?this.kioskKey:void 0;await(await ht()).enqueue(e,this.endpoint||Ct,t)}catch{Y(this,`barometre-error`,{id:e.id,code:`outbox_unavailable`,message:`The answer could not be stored in this browser.`,retryable:!1})}}handleServiceChange(e){let t=e.target.value;this.chosenService=U.find(e=>e===t),this.serviceError=!1}async handleOverall(e){this.i18n.prepare();let t=this.presetService??this.chosenService;if(!t){this.serviceError=!0,this.announcement=this.i18n.t(`service.required`),this.renderRoot.querySelector(`#service`)?.focus();return}let n=this.presetChannel;this.step=`details`,this.armKiosk(Q);let r=this.record({id:this.answer?.id??yt(),questionnaire:`v1`,territory:this.territory,service:t,overall:e,...n?{channel:n}:{},source:this.effectiveSource,lang:this.i18n.language});this.announcement=this.i18n.t(`status.recorded`),await this.updateComplete,this.renderRoot.querySelector(`#details-intro`)?.focus(),await r}async handleSubmit(e){if(e.preventDefault(),!this.answer)return;let t=new FormData(e.target),n={};for(let e of Ne){let r=t.get(e);r===`nc`?n[e]=null:r&&(n[e]=Number(r))}let r=this.presetChannel??W.find(e=>e===t.get(`channel`)),i=String(t.get(`comment`)??``).trim();this.step=`thanks`,this.armKiosk(St);let a=this.record({...this.answer,...r?{channel:r}:{},...Object.keys(n).length>0?{criteria:n}:{},...i?{comment:i}:{}});await this.updateComplete,this.renderRoot.querySelector(`#thanks`)?.focus(),await a}armKiosk(e){this.mode===`kiosk`&&(clearTimeout(this.kioskTimer),this.kioskTimer=setTimeout(()=>this.reset(),e))}handleActivity(){this.mode===`kiosk`&&this.step===`details`&&this.armKiosk(Q)}async reset(){clearTimeout(this.kioskTimer),this.step=`overall`,this.answer=void 0,this.chosenService=void 0,this.serviceError=!1,this.queued=!1,this.refusal=void 0,this.announcement=this.i18n.t(`kiosk.next`),await this.updateComplete,this.renderRoot.querySelector(`h2`)?.focus()}openDialog(){this.dialog?.showModal(),this.dialog?.querySelector(`input, select, button:not(.close)`)?.focus()}closeDialog(){this.dialog?.close()}handleDialogClose(){this.answer?this.answered=!0:this.updateComplete.then(()=>this.renderRoot.querySelector(`.launcher`)?.focus())}handleDialogClick(e){e.target===this.dialog&&this.closeDialog()}renderOverall(){let e=this.i18n.t;return k`
      ${this.mode===`kiosk`?k`<p class="attract">${e(`kiosk.attract`)}</p>`:k`<p>${e(`intro`)}</p>`}
      ${this.presetService?k`<p class="rated">${e(`service.rated`)} <strong>${e(`service.options.${this.presetService}`)}</strong></p>`:k`<label class="field" for="service">${e(`service.label`)}</label>
            <select id="service" name="service" required aria-invalid=${this.serviceError?`true`:`false`} aria-describedby=${this.serviceError?`service-error`:j} @change=${this.handleServiceChange}>
              <option value="">${e(`service.choose`)}</option>
              ${U.map(t=>k`<option value=${t} ?selected=${t===this.chosenService}>${e(`service.options.${t}`)}</option>`)}
            </select>
            ${this.serviceError?k`<p id="service-error" class="hint error">${e(`service.required`)}</p>`:k`<p></p>`}`}
      <fieldset part="question">
        <legend>${e(`overall.question`)}</legend>
        <div class="choices overall">
          ${Me.map(t=>k`<button type="button" class="choice" part="option" @click=${()=>this.handleOverall(t)}>${e(`overall.levels.${t}`)}</button>`)}
        </div>
      </fieldset>
    `}renderCriterion(e){let t=this.i18n.t;return k`<fieldset part="question">
      <legend>${t(`criteria.labels.${e}`)}</legend>
      <div class="choices">
        ${Pe.map(n=>k`<label class="option" part="option" title=${t(`criteria.levels.${n}`)}>
            <input type="radio" name=${e} value=${n} aria-label=${`${n} – ${t(`criteria.levels.${n}`)}`} />
            <span aria-hidden="true">${n}</span>
          </label>`)}
        <label class="option" part="option">
          <input type="radio" name=${e} value="nc" />
          <span>${t(`criteria.levels.nc`)}</span>
        </label>
      </div>
    </fieldset>`}renderDetails(){let e=this.i18n.t;return k`<form @submit=${this.handleSubmit} @input=${this.handleActivity} @change=${this.handleActivity}>
      <p id="details-intro" tabindex="-1">${e(`criteria.intro`)}</p>
      <p class="hint">${e(`criteria.scale`)}</p>
      ${Ne.map(e=>this.renderCriterion(e))}
      ${this.presetChannel?j:k`<label class="field" for="channel">${e(`channel.label`)}</label>
            <select id="channel" name="channel">
              <option value="">${e(`channel.choose`)}</option>
              ${W.map(t=>k`<option value=${t}>${e(`channel.options.${t}`)}</option>`)}
            </select>
            <p></p>`}
      <label class="field" for="comment">${e(`comment.label`)}</label>
      <textarea id="comment" name="comment" maxlength="1000" aria-describedby="comment-warning"></textarea>
      <p id="comment-warning" class="hint">${e(`comment.warning`)}</p>
      <p></p>
      <button class="submit" part="submit" type="submit">${e(`submit`)}</button>
    </form>`}renderThanks(){let e=this.i18n.t;return k`<div part="thanks">
      <h2 id="thanks" tabindex="-1">${e(`thanks.title`)}</h2>
      <p>${this.queued?e(`thanks.queued`):e(`thanks.sent`)}</p>
      ${this.mode===`kiosk`?k`<p class="hint">${e(`kiosk.reset`)}</p>
            <button class="submit" part="submit" type="button" @click=${this.reset}>${e(`kiosk.next`)}</button>`:j}
    </div>`}renderSurvey(){let e=this.misconfiguredAttribute??(this.refusal===`unknown_territory`?`territory`:void 0),t=e?k`<p class="error" role="alert">${this.i18n.t(`misconfigured`,{attribute:e})}</p>`:this.refusal?k`<p class="error" role="alert">${this.i18n.t(`refused`)}</p>`:this.step===`overall`?this.renderOverall():this.step===`details`?this.renderDetails():this.renderThanks();return k`<section class="base" part="base" aria-label=${this.i18n.t(`title`)}>
      ${e||this.refusal||this.step===`thanks`?j:k`<h2 id="title" tabindex="-1">${this.i18n.t(`title`)}</h2>`}
      ${t}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`}renderButtonMode(){let e=this.i18n.t;return k`${this.answered?j:k`<button class="launcher" part="launcher" type="button" aria-haspopup="dialog" @click=${this.openDialog}>${e(`button.open`)}</button>`}
      <dialog part="dialog" aria-label=${e(`title`)} @close=${this.handleDialogClose} @click=${this.handleDialogClick} @keydown=${e=>this.dialog&&vt(e,this.dialog)}>
        <button class="close" part="close" type="button" aria-label=${e(`button.close`)} @click=${this.closeDialog}><span aria-hidden="true">×</span></button>
        ${this.renderSurvey()}
      </dialog>`}render(){return this.i18n.settled?k`<div class="root" lang=${this.i18n.language} dir=${this.i18n.dir}>
      ${this.mode===`button`&&!this.misconfiguredAttribute?this.renderButtonMode():this.renderSurvey()}
    </div>`:j}};Z=$,Z.styles=bt,X([V()],$.prototype,`territory`,void 0),X([V()],$.prototype,`service`,void 0),X([V()],$.prototype,`channel`,void 0),X([V()],$.prototype,`source`,void 0),X([V()],$.prototype,`lang`,void 0),X([V()],$.prototype,`mode`,void 0),X([V({reflect:!0})],$.prototype,`theme`,void 0),X([V()],$.prototype,`endpoint`,void 0),X([V({attribute:`kiosk-key`})],$.prototype,`kioskKey`,void 0),X([V()],$.prototype,`accent`,void 0),X([H()],$.prototype,`step`,void 0),X([H()],$.prototype,`answer`,void 0),X([H()],$.prototype,`chosenService`,void 0),X([H()],$.prototype,`announcement`,void 0),X([H()],$.prototype,`serviceError`,void 0),X([H()],$.prototype,`queued`,void 0),X([H()],$.prototype,`answered`,void 0),X([H()],$.prototype,`refusal`,void 0),X([je(`dialog`)],$.prototype,`dialog`,void 0),t().then(()=>e(`barometre-citoyen`,$));export{$ as BarometreCitoyen,Fe as a,U as c,W as i,Ie as l,Ze as n,Pe as o,Xe as r,Me as s,Ye as t};